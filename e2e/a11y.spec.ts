import { DEMO_COACH } from "../prisma/seed/demo-squad";
import { checkPage } from "./page-check";
import { expect, test } from "./test";

/**
 * Every page, as the people who use it see it: no serious or critical axe violations, and a
 * screenshot at phone and desktop width kept with the test's artifacts. Runs on the demo squad
 * (seeded into this run's fresh database by the setup project), so the pages show realistic data.
 */
type Ids = { squad: string; athlete: string; logged: string; open: string };
let ids: Ids;

test.beforeAll(async ({ db }) => {
  const squad = await db.squad.findFirstOrThrow({
    where: { memberships: { some: { user: { email: DEMO_COACH.email } } } },
  });
  const athlete = await db.athleteProfile.findFirstOrThrow({
    where: { squadId: squad.id, name: "Aiko Tanaka" },
  });
  const logged = await db.assignment.findFirstOrThrow({
    where: { athleteId: athlete.id, result: { isNot: null } },
    orderBy: { date: "desc" },
  });
  const open = await db.assignment.findFirstOrThrow({
    where: { athleteId: athlete.id, result: null },
    orderBy: { date: "desc" },
  });
  ids = { squad: squad.id, athlete: athlete.id, logged: logged.id, open: open.id };
});

const check = checkPage;

test("public pages", async ({ page }, testInfo) => {
  for (const [name, path] of [
    ["home", "/"],
    ["sign-in", "/sign-in"],
    ["sign-up", "/sign-up"],
    ["invite-invalid", "/invite/not-a-real-token-000000"],
    ["calculator", "/calculator"],
  ] as const) {
    await page.goto(path);
    await check(page, testInfo, name);
  }
});

test("the coach's pages", async ({ coachPage: page }, testInfo) => {
  test.setTimeout(240_000); // eleven pages, each audited and shot at two widths
  const pages: [string, string][] = [
    ["dashboard", "/dashboard"],
    ["squad", `/squads/${ids.squad}`],
    ["assign", `/squads/${ids.squad}/assign`],
    ["calendar", `/squads/${ids.squad}/calendar`],
    ["sheet", `/squads/${ids.squad}/sheet`],
    ["stopwatch", `/squads/${ids.squad}/stopwatch`],
    ["athlete", `/athletes/${ids.athlete}`],
    ["session", `/sessions/${ids.logged}`],
    ["log", `/sessions/${ids.open}/log`],
    ["account", "/account"],
  ];
  for (const [name, path] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await check(page, testInfo, name);
  }
});
