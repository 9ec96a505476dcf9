import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BatchImport } from "@/components/imports/batch-import";
import { SheetDateForm } from "@/components/schedule/sheet-date-form";
import { isDay, longDay } from "@/lib/dates";
import { paths } from "@/lib/paths";
import { requireUser } from "@/lib/server/auth/session";
import { getSquadImport } from "@/lib/server/data/squad-import";

export const metadata: Metadata = { title: "Import from watches" };

/** The coach's import of many watch files for one session date (docs/devices.md). */
export default async function SquadImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ squadId: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const { squadId } = await params;
  const { date: asked } = await searchParams;
  const base = paths.squadImport(squadId);
  const viewer = await requireUser(base);
  const page = await getSquadImport(viewer, squadId, isDay(asked) ? asked : undefined);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={paths.squad(squadId)} className="text-brand-700 underline">
          {page.squad.name}
        </Link>
        <h1 className="text-2xl font-semibold">Import from watches · {longDay(page.date)}</h1>
      </div>
      <SheetDateForm base={base} date={page.date} sessionDates={page.sessionDates} />
      {page.rows.length === 0 ? (
        <p>No sessions are assigned on this date: choose another, or assign the session first.</p>
      ) : (
        <BatchImport
          // A new date starts a new batch.
          key={page.date}
          squadId={squadId}
          date={page.date}
          units={page.squad.units === "IMPERIAL" ? "imperial" : "metric"}
          timeZone={viewer.timeZone}
          candidates={page.rows}
        />
      )}
    </div>
  );
}
