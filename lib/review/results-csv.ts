import { stringify } from "csv-stringify/sync";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import {
  formatTime,
  msToSeconds,
  repDistanceLabel,
  roundTo,
  type Prescription,
} from "@/lib/pacing";

/** One logged session as the export reads it: frozen targets and the stored laps. */
export type ExportSession = {
  date: string;
  athlete: string;
  units: "metric" | "imperial";
  prescription: Prescription;
  status: ResultStatus;
  effort: number | null;
  laps: { kind: "REP" | "RECOVERY"; repIndex: number; lapIndex: number; timeMs: number }[];
};

export const CSV_COLUMNS = [
  "date",
  "athlete",
  "5k_used",
  "status",
  "effort",
  "segment",
  "rep",
  "distance",
  "lap",
  "target_s",
  "actual_s",
  "delta_s",
] as const;

const seconds = (s: number) => roundTo(s, 2);

/**
 * Every prescribed lap of every session, one row each, in session order: the jogs after their
 * rep, a lap not timed with empty actual and delta. Seconds are plain numbers (a spreadsheet
 * sums them), the 5K as m:ss, the way a coach reads it.
 */
export function resultRows(sessions: ExportSession[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const s of sessions) {
    // A jog is one lap per rep, whatever its stored lap index.
    const timed = new Map(
      s.laps.map((l) => [`${l.kind}:${l.repIndex}:${l.kind === "REP" ? l.lapIndex : 0}`, l.timeMs]),
    );
    const common = [
      s.date,
      s.athlete,
      formatTime(s.prescription.fiveKSeconds),
      s.status.toLowerCase(),
      s.effort,
    ];
    const row = (
      segment: string,
      rep: number,
      distance: string,
      lap: number,
      target: number,
      ms: number | undefined,
    ) => {
      const actual = ms === undefined ? null : seconds(msToSeconds(ms));
      rows.push([
        ...common,
        segment,
        rep,
        distance,
        lap,
        seconds(target),
        actual,
        actual === null ? null : seconds(actual - target),
      ]);
    };
    s.prescription.reps.forEach((rep, r) => {
      rep.lapSeconds.forEach((target, l) =>
        row(
          "rep",
          r + 1,
          repDistanceLabel(s.units, rep.laps),
          l + 1,
          target,
          timed.get(`REP:${r}:${l}`),
        ),
      );
      if (r < s.prescription.recovery.count) {
        row(
          "jog",
          r + 1,
          repDistanceLabel(s.units, 1),
          1,
          s.prescription.recovery.targetSeconds,
          timed.get(`RECOVERY:${r}:0`),
        );
      }
    });
  }
  return rows;
}

/**
 * The file itself: a header, then resultRows; RFC 4180 quoting, CRLF and a byte-order mark, so
 * Excel reads "Lucía" as UTF-8 too. A name a spreadsheet would run as a formula ("=HYPERLINK(…)")
 * is written as text instead.
 */
export const resultsCsv = (sessions: ExportSession[]) =>
  stringify([[...CSV_COLUMNS], ...resultRows(sessions)], {
    record_delimiter: "windows",
    escape_formulas: true,
    bom: true,
  });
