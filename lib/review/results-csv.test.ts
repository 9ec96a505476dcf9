import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { prescribeStepDown } from "@/lib/pacing";
import { CSV_COLUMNS, resultsCsv, type ExportSession } from "./results-csv";

const twentyMinutes = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });

function session(overrides: Partial<ExportSession> = {}): ExportSession {
  return {
    date: "2026-11-24",
    athlete: "Aiko Tanaka",
    units: "metric",
    prescription: twentyMinutes,
    status: "PARTIAL",
    effort: 8,
    laps: [
      { kind: "REP", repIndex: 0, lapIndex: 0, timeMs: 95_400 },
      { kind: "REP", repIndex: 0, lapIndex: 1, timeMs: 96_000 },
      { kind: "RECOVERY", repIndex: 0, lapIndex: 0, timeMs: 200_000 },
    ],
    ...overrides,
  };
}

const read = (csv: string) =>
  parse<Record<string, string>>(csv, { columns: true, bom: true, record_delimiter: "\r\n" });

describe("the results CSV", () => {
  it("has one row per prescribed lap, jogs after their rep, in session order", () => {
    const rows = read(resultsCsv([session()]));
    // 10 rep laps + 3 jogs, whether timed or not.
    expect(rows).toHaveLength(13);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => `${r.segment} ${r.rep}.${r.lap}`).slice(0, 6)).toEqual([
      "rep 1.1",
      "rep 1.2",
      "rep 1.3",
      "rep 1.4",
      "jog 1.1",
      "rep 2.1",
    ]);
    expect(rows[0]).toEqual({
      date: "2026-11-24",
      athlete: "Aiko Tanaka",
      "5k_used": "20:00",
      status: "partial",
      effort: "8",
      segment: "rep",
      rep: "1",
      distance: "1600 m",
      lap: "1",
      target_s: "96",
      actual_s: "95.4",
      delta_s: "-0.6",
    });
    expect(rows[4]).toMatchObject({
      segment: "jog",
      target_s: "192",
      actual_s: "200",
      delta_s: "8",
    });
  });

  it("leaves a lap that was not timed empty, not zero", () => {
    const rows = read(resultsCsv([session()]));
    expect(rows[2]).toMatchObject({ segment: "rep", lap: "3", actual_s: "", delta_s: "" });
    expect(rows.at(-1)).toMatchObject({ distance: "400 m", actual_s: "" });
  });

  it("names imperial distances and quotes what needs quoting", () => {
    const imperial = prescribeStepDown({ fiveKSeconds: 1200, units: "imperial" });
    const csv = resultsCsv([
      session({ units: "imperial", prescription: imperial, athlete: 'Sam "Rocket", Jr.' }),
    ]);
    const rows = read(csv);
    expect(rows[0]).toMatchObject({ athlete: 'Sam "Rocket", Jr.', distance: "1 mile" });
    expect(rows.find((r) => r.rep === "2")?.distance).toBe("1320 yd");
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
  });

  it("writes a name that a spreadsheet would run as a formula as plain text", () => {
    const csv = resultsCsv([session({ athlete: '=HYPERLINK("http://evil.test")' })]);
    expect(read(csv)[0]!.athlete).toBe(`'=HYPERLINK("http://evil.test")`);
    // Negative deltas stay numbers.
    expect(read(csv)[0]!.delta_s).toBe("-0.6");
  });

  it("is just the header for no sessions", () => {
    expect(resultsCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});
