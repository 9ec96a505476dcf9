import { paths } from "@/lib/paths";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isDay, longDay, todayIn } from "@/lib/dates";
import { PrintPageStyle } from "@/components/schedule/print-page-style";
import { SheetDateForm } from "@/components/schedule/sheet-date-form";
import { SquadSheetTable } from "@/components/schedule/squad-sheet-table";
import { PrintButton } from "@/components/targets/print-button";
import { requireUser } from "@/lib/server/auth/session";
import { getSquadSheet } from "@/lib/server/data/schedule";

export const metadata: Metadata = { title: "Squad sheet" };

/** Every athlete's lap targets for one session, to print and tape to a clipboard. */
export default async function SheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ squadId: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const { squadId } = await params;
  const { date: asked } = await searchParams;
  const viewer = await requireUser(paths.squadSheet(squadId));
  const date = isDay(asked) ? asked : todayIn(viewer.timeZone);
  const sheet = await getSquadSheet(viewer, squadId, date);
  if (!sheet) notFound();
  const base = paths.squadSheet(squadId);
  if (!isDay(asked) && sheet.rows.length === 0) {
    // With no date asked for, open the sheet coaches print: the next session's, else the last one's.
    const dates = [...sheet.sessionDates].sort();
    const nearest = dates.find((d) => d >= date) ?? dates.at(-1);
    if (nearest) redirect(paths.squadSheet(squadId, nearest));
  }
  return (
    <>
      <PrintPageStyle />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Link href={paths.squad(squadId)} className="no-print text-brand-700 underline">
            {sheet.squad.name}
          </Link>
          <h1 className="text-2xl font-semibold print:text-lg">
            4-3-2-1 · {sheet.squad.name} · {longDay(date)}
          </h1>
        </div>
        {sheet.rows.length ? <PrintButton label="Print sheet" /> : null}
      </div>
      <SheetDateForm base={base} date={date} sessionDates={sheet.sessionDates} />
      {sheet.rows.length ? (
        <SquadSheetTable rows={sheet.rows} />
      ) : (
        <p className="text-slate-700">
          No sessions on {longDay(date)}. Choose one of the squad&apos;s session dates above.
        </p>
      )}
    </>
  );
}
