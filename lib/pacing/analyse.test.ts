import { describe, expect, it } from "vitest";
import {
  PacingInputError,
  analyseSession,
  prescribeStepDown,
  type LoggedSession,
  type SessionStatus,
} from "./index";

// 20:00 5K: 1600 in 6:24 (96 s laps), 1200 4:42-4:43, 800 3:05-3:07, 400 1:26-1:31, jogs 3:12.
const plan = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });

const perfect: LoggedSession = {
  reps: [
    { lapSeconds: [96, 96, 96, 96] },
    { lapSeconds: [94.2, 94.1, 94.2] },
    { lapSeconds: [93, 93] },
    { lapSeconds: [88.5] },
  ],
  recoveries: [192, 192, 192],
  status: "completed",
};

function session(reps: (number | null)[][], extra: Partial<LoggedSession> = {}): LoggedSession {
  return {
    reps: reps.map((lapSeconds) => ({ lapSeconds })),
    recoveries: [192, 192, 192],
    ...extra,
  };
}

describe("a perfect session", () => {
  const result = analyseSession(plan, perfect);

  it("puts every rep on target, stepping down, with even laps", () => {
    expect(result.reps.map((rep) => rep.verdict)).toEqual(Array(4).fill("on-target"));
    expect(result.reps.map((rep) => rep.steppedDown)).toEqual([null, true, true, true]);
    expect(result.reps.map((rep) => rep.deltaSeconds)).toEqual([0, 0, 0, 0]);
    expect(result.reps[0]?.spread).toEqual({ rangeSeconds: 0, stdDevSeconds: 0 });
    expect(result.reps[1]?.spread).toEqual({ rangeSeconds: 0.1, stdDevSeconds: 0.05 });
    expect(result.reps[3]?.spread).toBeNull();
    expect(result.reps[1]?.lapResults[1]).toEqual({
      lap: 2,
      targetSeconds: 94.17,
      actualSeconds: 94.1,
      deltaSeconds: -0.07,
    });
  });

  it("reads as a keeper", () => {
    expect(result.status).toBe("completed");
    expect(result.finished).toBe(true);
    expect(result.completion).toEqual({ repsFullyRun: 4, repsPlanned: 4, fraction: 1 });
    expect(result.recovery.cheated).toBe(false);
    expect(result.recovery.meanSlowByFraction).toBe(0);
    expect(result.findings).toEqual([
      "Completed all 4 reps",
      "Every rep inside its window",
      "Held 5K pace to the end of the 1600",
      "Held pace on the 800 and the 400",
      "Recoveries on target",
    ]);
  });
});

describe("a fader", () => {
  const result = analyseSession(
    plan,
    session([[95, 95.5, 96.5, 99.2], [94, 94.5, 95], [93, 95.4], [90]], { status: "completed" }),
  );

  it("holds through lap 3 of the 1600, then fades, and fades again in the 800", () => {
    expect(result.reps[0]?.hold).toEqual([
      { lap: 3, deltaSeconds: 0.5, faded: false },
      { lap: 4, deltaSeconds: 3.2, faded: true },
    ]);
    expect(result.reps[0]?.verdict).toBe("on-target");
    expect(result.reps[2]?.hold[1]).toEqual({ lap: 2, deltaSeconds: 2.4, faded: true });
    expect(result.reps[3]?.hold).toEqual([{ lap: 1, deltaSeconds: 1.5, faded: false }]);
    expect(result.findings).toEqual([
      "Completed all 4 reps",
      "Inside the window: the 1600 and the 400",
      "The 1200 was too slow (4:43.5 against 4:42–4:43)",
      "The 800 was too slow (3:08.4 against 3:05–3:07)",
      "Held 5K pace through lap 3 of the 1600",
      "Faded on lap 4 of the 1600 (+3.2 s)",
      "Faded on lap 2 of the 800 (+2.4 s)",
      "Held pace on the 400",
      "Recoveries on target",
    ]);
  });

  it("counts a fade in the third quarter itself", () => {
    const early = analyseSession(
      plan,
      session([[95, 95, 98.5, 95.5], [94.2, 94.1, 94.2], [93, 93], [88.5]]),
    );
    expect(early.findings).toContain("Faded on lap 3 of the 1600 (+2.5 s)");
    expect(early.findings.some((finding) => finding.startsWith("Held 5K pace"))).toBe(false);
  });

  it("does not praise a 1600 run evenly but slow", () => {
    const slow = analyseSession(
      plan,
      session([[97.5, 97.5, 97.5, 97.5], [94.2, 94.1, 94.2], [93, 93], [88.5]]),
    );
    expect(slow.reps[0]?.hold.map((check) => check.faded)).toEqual([false, false]);
    expect(slow.findings).toContain("The 1600 was too slow (6:30 against 6:20–6:28)");
    expect(slow.findings.some((finding) => finding.startsWith("Held 5K pace"))).toBe(false);
  });

  it("allows exactly the tolerance without calling it a fade", () => {
    const edge = analyseSession(
      plan,
      session([[95, 95, 95, 98], [94.2, 94.1, 94.2], [93, 95], [91]]),
    );
    expect(edge.reps[0]?.hold.map((check) => check.faded)).toEqual([false, false]);
    expect(edge.reps[2]?.hold.map((check) => check.faded)).toEqual([false, false]);
    // The 400's window reaches 2.5 s past its target, so 91 s is neither slow nor a fade.
    expect(edge.reps[3]?.verdict).toBe("on-target");
    expect(edge.reps[3]?.hold[0]?.faded).toBe(false);
  });

  it("tells a slow 400 once, as a window miss", () => {
    const slow = analyseSession(
      plan,
      session([[96, 96, 96, 96], [94.2, 94.1, 94.2], [93, 93], [92]]),
    );
    expect(slow.reps[3]?.hold[0]?.faded).toBe(true);
    expect(slow.findings).toContain("The 400 was too slow (1:32 against 1:26–1:31)");
    expect(slow.findings).toContain("Held pace on the 800");
    expect(slow.findings.filter((finding) => finding.includes("Faded"))).toEqual([]);
  });
});

describe("stepping down and evenness", () => {
  it("flags a rep that was no faster per lap than the one before", () => {
    const result = analyseSession(
      plan,
      session([[96, 96, 96, 96], [96.5, 96.5, 96.5], [93, 93], [88]]),
    );
    expect(result.reps[1]?.steppedDown).toBe(false);
    expect(result.findings).toContain(
      "The 1200 didn't step down from the 1600 (96.5 s laps against 96.0)",
    );
  });

  it("calls laps uneven when they spread more than 3 s without a fade", () => {
    const result = analyseSession(
      plan,
      session([[98, 94, 97, 95], [94.2, 94.1, 94.2], [93, 93], [88]]),
    );
    expect(result.reps[0]?.verdict).toBe("on-target");
    expect(result.reps[0]?.spread).toEqual({ rangeSeconds: 4, stdDevSeconds: 1.58 });
    expect(result.findings).toContain("Uneven laps in the 1600 (range 4.0 s)");
  });

  it("reports only misses when no rep is in its window", () => {
    const result = analyseSession(plan, session([[94, 94, 94, 94], [92, 92, 92], [91, 91], [85]]));
    expect(result.findings.slice(1, 5)).toEqual([
      "The 1600 was too fast (6:16 against 6:20–6:28)",
      "The 1200 was too fast (4:36 against 4:42–4:43)",
      "The 800 was too fast (3:02 against 3:05–3:07)",
      "The 400 was too fast (1:25 against 1:26–1:31)",
    ]);
  });
});

describe("recoveries", () => {
  it("flags recoveries cheated across the board", () => {
    const result = analyseSession(plan, { ...perfect, recoveries: [240, 240, 240] });
    expect(result.recovery.recoveries.map((r) => r.slowByFraction)).toEqual([0.25, 0.25, 0.25]);
    expect(result.recovery.cheated).toBe(true);
    expect(result.findings.at(-1)).toBe(
      "Recoveries 25% slow: the reps were easier than prescribed",
    );
  });

  it("names the one recovery that was cheated", () => {
    const result = analyseSession(plan, { ...perfect, recoveries: [192, 230.4, 170] });
    expect(result.recovery.recoveries.map((r) => r.flagged)).toEqual([false, true, false]);
    expect(result.findings.at(-1)).toBe(
      "The recovery after the 1200 was 20% slow: the 800 was easier than prescribed",
    );
  });

  it("does not judge fast or slightly slow jogs, nor untimed ones", () => {
    const result = analyseSession(plan, { ...perfect, recoveries: [150, 220, null] });
    expect(result.recovery.cheated).toBe(false);
    expect(result.recovery.recoveries[2]).toMatchObject({ actualSeconds: null, flagged: false });
    const untimed = analyseSession(plan, { reps: perfect.reps, status: "completed" });
    expect(untimed.recovery.meanSlowByFraction).toBeNull();
    expect(untimed.findings.some((finding) => finding.includes("ecover"))).toBe(false);
  });
});

describe("unfinished and missing laps", () => {
  it("reads an abandoned session as a reason to re-check the 5K time", () => {
    const result = analyseSession(
      plan,
      session(
        [
          [95, 95.5, 96.5, 99.2],
          [94, 94.5],
        ],
        { recoveries: [200], status: "abandoned" },
      ),
    );
    expect(result.finished).toBe(false);
    expect(result.reps.map((rep) => rep.verdict)).toEqual([
      "on-target",
      "incomplete",
      "not-run",
      "not-run",
    ]);
    expect(result.reps[1]?.actualSeconds).toBeNull();
    expect(result.reps[1]?.averageLapSeconds).toBe(94.25);
    expect(result.reps[2]?.steppedDown).toBeNull();
    expect(result.completion).toEqual({ repsFullyRun: 1, repsPlanned: 4, fraction: 0.25 });
    expect(result.findings.slice(0, 2)).toEqual([
      "Didn't finish (1 of 4 reps run in full): re-check the 5K time",
      "Stopped during the 1200 (2 of 3 laps)",
    ]);
  });

  it("treats an untimed lap in a completed session as missing data, not a stop", () => {
    const result = analyseSession(
      plan,
      session([[96, null, 96, 96], [94, null, null], [93, 93], [88.5]], { status: "completed" }),
    );
    expect(result.finished).toBe(true);
    expect(result.reps[0]?.verdict).toBe("incomplete");
    expect(result.reps[0]?.lapResults[1]).toMatchObject({
      actualSeconds: null,
      deltaSeconds: null,
    });
    expect(result.findings.slice(0, 3)).toEqual([
      "Completed all 4 reps",
      "Lap 2 of the 1600 wasn't timed",
      "Laps 2 and 3 of the 1200 weren't timed",
    ]);
    expect(result.findings).toContain("Inside the window: the 800 and the 400");
  });

  it("says a gap mid-rep wasn't timed even when the session was cut short", () => {
    const result = analyseSession(plan, session([[96, null, 96, 96]], { status: "partial" }));
    expect(result.findings).toContain("Lap 2 of the 1600 wasn't timed");
  });

  it("does not call a session finished when a rep is missing, whatever the status says", () => {
    const result = analyseSession(
      plan,
      session(
        [
          [96, 96, 96, 96],
          [94, 94, 94],
          [93, 93],
        ],
        { status: "completed" },
      ),
    );
    expect(result.finished).toBe(false);
    expect(result.findings[0]).toBe(
      "Didn't finish (3 of 4 reps run in full): re-check the 5K time",
    );
  });

  it.each<[string, LoggedSession, SessionStatus]>([
    ["every lap logged", { reps: perfect.reps }, "completed"],
    ["some laps logged", { reps: [{ lapSeconds: [96, 96] }] }, "partial"],
    ["nothing logged", { reps: [] }, "abandoned"],
  ])("infers the status from %s", (_label, logged, status) => {
    expect(analyseSession(plan, logged).status).toBe(status);
  });
});

describe("imperial sessions", () => {
  it("speaks of the mile and the 1320", () => {
    const imperial = prescribeStepDown({ fiveKSeconds: 1200, units: "imperial" });
    const result = analyseSession(imperial, {
      reps: [{ lapSeconds: [96, 96, 97, 100] }, { lapSeconds: [97.5, 97.4, 97.5] }],
      status: "partial",
    });
    expect(result.reps.map((rep) => rep.label)).toEqual(["mile", "1320", "880", "440"]);
    expect(result.findings).toContain("Faded on lap 4 of the mile (+3.4 s)");
    expect(result.findings).toContain(
      "The 1320 didn't step down from the mile (97.5 s laps against 97.3)",
    );
  });
});

describe("rejections", () => {
  it.each<[string, LoggedSession, string, string]>([
    [
      "too many reps",
      { reps: [...perfect.reps, { lapSeconds: [80] }] },
      "reps",
      "5 reps were logged but the session has 4",
    ],
    [
      "too many laps",
      { reps: [{ lapSeconds: [96, 96, 96, 96, 96] }] },
      "reps.0.lapSeconds",
      "Rep 1 has 4 laps but 5 were logged",
    ],
    [
      "a negative lap",
      { reps: [{ lapSeconds: [96] }, { lapSeconds: [94, -94] }] },
      "reps.1.lapSeconds.1",
      "Lap times must be positive numbers of seconds",
    ],
    [
      "a NaN lap",
      { reps: [{ lapSeconds: [Number.NaN] }] },
      "reps.0.lapSeconds.0",
      "Lap times must be positive numbers of seconds",
    ],
    [
      "an endless lap",
      { reps: [{ lapSeconds: [Number.POSITIVE_INFINITY] }] },
      "reps.0.lapSeconds.0",
      "Lap times must be positive numbers of seconds",
    ],
    [
      "four recoveries",
      { reps: [], recoveries: [192, 192, 192, 192] },
      "recoveries",
      "4 recoveries were logged but the session has 3",
    ],
    [
      "a zero recovery",
      { reps: [], recoveries: [0] },
      "recoveries.0",
      "Recovery times must be positive numbers of seconds",
    ],
    [
      "an unknown status",
      { reps: [], status: "done" as SessionStatus },
      "status",
      'Status must be "completed", "partial" or "abandoned"',
    ],
  ])("refuses %s", (_label, logged, field, message) => {
    expect(() => analyseSession(plan, logged)).toThrow(new PacingInputError(field, message));
  });
});
