import { paths } from "@/lib/paths";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/schedule/assign-form";
import { AssignPreview } from "@/components/schedule/assign-preview";
import { readAssignQuery, type Query } from "@/components/schedule/assign-query";
import { nextTuesday, todayIn } from "@/lib/dates";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/server/auth/session";
import { previewAssignment } from "@/lib/server/data/schedule";
import { getSquad } from "@/lib/server/data/squads";

export const metadata: Metadata = { title: "Assign a session" };

/** Assign the 4-3-2-1: choose, preview every athlete's card, then confirm (coaches only). */
export default async function AssignPage({
  params,
  searchParams,
}: {
  params: Promise<{ squadId: string }>;
  searchParams: Promise<Query>;
}) {
  const { squadId } = await params;
  const viewer = await requireUser(paths.squadAssign(squadId));
  const squad = await getSquad(viewer, squadId);
  if (!squad || squad.role === "ATHLETE") notFound();
  const { values, request, errors } = readAssignQuery(squadId, await searchParams, {
    date: nextTuesday(todayIn(viewer.timeZone)),
    units: squad.units,
  });
  const preview = request ? await previewAssignment(viewer, request) : null;
  return (
    <>
      <div>
        <Link href={paths.squad(squad.id)} className="text-brand-700 underline">
          {squad.name}
        </Link>
        <h1 className="text-2xl font-semibold">Assign the 4-3-2-1</h1>
      </div>
      <section aria-label="Choose athletes, date and units" className={card}>
        {squad.athletes.length ? (
          <AssignForm athletes={squad.athletes} values={values} errors={errors} />
        ) : (
          <p>
            No athletes yet.{" "}
            <Link href={paths.squad(squad.id)} className="text-brand-700 underline">
              Add athletes to the squad
            </Link>{" "}
            first.
          </p>
        )}
      </section>
      {request && preview ? <AssignPreview request={request} athletes={preview} /> : null}
    </>
  );
}
