import { importFitBytes } from "../lib/server/imports/testing";
import { expect, test } from "./test";
import { createSession, createSquad, createUser } from "./factories";
import { signIn } from "./fixtures";
import { checkPage } from "./page-check";

test("a coach imports three athletes' watch files for a session date in one go", async ({
  page,
  db,
}, testInfo) => {
  test.setTimeout(120_000); // three files read in the browser, the page check, three saves
  const coach = await createUser("Coach", "COACH");
  const names = ["Ann Able", "Ben Brook", "Cara Crane"];
  const squad = await createSquad({ coach, athletes: names.map((name) => ({ name })) });
  // The simulated watch file was recorded on 14 May 2026: the session is that day.
  const sessions = await Promise.all(
    squad.athleteIds.map((athleteId) =>
      createSession({ athleteId, squadId: squad.id, day: "2026-05-14" }),
    ),
  );
  await signIn(page, coach.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto(`/squads/${squad.id}/import?date=2026-05-14`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("14 May 2026");

  // Each file named after its athlete, as a coach's download folder would hold them.
  await page.getByLabel("Choose files").setInputFiles(
    ["able", "brook", "crane"].map((who) => ({
      name: `${who}-intervals.fit`,
      mimeType: "application/vnd.ant.fit",
      buffer: Buffer.from(importFitBytes()),
    })),
  );
  const save = page.getByRole("button", { name: "Save all (3)" });
  await expect(save).toBeVisible({ timeout: 30_000 });
  for (const [file, athlete] of [
    ["able-intervals.fit", "Ann Able"],
    ["brook-intervals.fit", "Ben Brook"],
    ["crane-intervals.fit", "Cara Crane"],
  ] as const) {
    const row = page.getByRole("listitem").filter({ hasText: file });
    await expect(row.getByLabel("Athlete")).toHaveValue(sessions[names.indexOf(athlete)]!);
  }
  await checkPage(page, testInfo, "squad-import");

  await save.click();
  await expect(page.getByText("3 of 3 files saved.")).toBeVisible({ timeout: 30_000 });
  const saved = await db.sessionResult.findMany({
    where: { assignmentId: { in: sessions } },
    select: { source: true, importFileName: true, _count: { select: { laps: true } } },
  });
  expect(saved).toHaveLength(3);
  for (const result of saved) {
    expect(result.source).toBe("IMPORT");
    expect(result._count.laps).toBe(13); // ten track laps in the reps, three jogs
  }
});
