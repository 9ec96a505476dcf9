import { expect, test } from "./test";
import { coachWithSquad, createInvitationLink, person, signIn, signUp } from "./fixtures";
import { createSquad, createUser } from "./factories";
import { checkPage } from "./page-check";

test("a coach invites an athlete, who joins and sees only their squad; removed, they lose access at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000); // three people sign up in three browsers
  const { squadUrl } = await coachWithSquad(page, "Tuesday track group");
  const other = await browser.newContext();
  const otherCoach = await other.newPage();
  const { squadUrl: otherSquadUrl } = await coachWithSquad(otherCoach, "Someone else's squad");

  const link = await createInvitationLink(page);

  const athleteContext = await browser.newContext();
  const athletePage = await athleteContext.newPage();
  await athletePage.goto(link);
  await expect(
    athletePage.getByRole("heading", { name: "Join Tuesday track group" }),
  ).toBeVisible();
  await athletePage.getByRole("link", { name: "Create an account" }).click();
  await athletePage.waitForURL(/\/sign-up\?callbackUrl=/);
  const athlete = person("Athlete");
  await signUp(athletePage, athlete, athletePage.url());
  await athletePage.getByRole("button", { name: "Join Tuesday track group" }).click();
  await expect(
    athletePage.getByRole("heading", { level: 1, name: "Tuesday track group" }),
  ).toBeVisible();
  await expect(
    athletePage.getByRole("main").getByRole("link", { name: athlete.name }),
  ).toBeVisible();

  await athletePage.goto("/dashboard");
  await expect(athletePage.getByRole("link", { name: /Tuesday track group/ })).toBeVisible();
  await expect(athletePage.getByText("Someone else's squad")).toHaveCount(0);
  const denied = await athletePage.goto(otherSquadUrl);
  expect(denied?.status()).toBe(404);

  // Joining twice changes nothing and says so.
  await athletePage.goto(link);
  await athletePage.getByRole("button", { name: "Join Tuesday track group" }).click();
  await expect(athletePage.getByText("You are already in")).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: `Remove ${athlete.name}` }).click();
  await page.getByRole("button", { name: `Yes, remove ${athlete.name}` }).click();
  await expect(page.getByRole("main").getByRole("link", { name: athlete.name })).toHaveCount(0);

  const refused = await athletePage.goto(squadUrl);
  expect(refused?.status()).toBe(404);
  // Any id inside the app answers the same way, within the app's one main landmark.
  expect((await athletePage.goto("/sessions/no-such-session"))?.status()).toBe(404);
  await expect(athletePage.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(athletePage.getByRole("main")).toHaveCount(1);
  await athleteContext.close();
  await other.close();
});

test("a withdrawn invitation link says so and lets no one in", async ({ page, browser }) => {
  await coachWithSquad(page, "Withdrawn squad");
  const link = await createInvitationLink(page);
  await page.reload();
  await page.getByRole("button", { name: "Withdraw" }).click();
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();
  await expect(page.getByText("No open invitations.")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.getByText("This invitation was withdrawn by the coach.")).toBeVisible();
});

test("a coach adds an athlete without a login, then invites them to link their history", async ({
  page,
  browser,
}) => {
  await coachWithSquad(page, "Youth squad");
  await page.getByLabel("Athlete's name").fill("Kid Runner");
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("link", { name: "Kid Runner" })).toBeVisible();
  await page.getByRole("button", { name: "Invite Kid Runner to log in" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();

  const kid = await (await browser.newContext()).newPage();
  await signUp(
    kid,
    person("Kid"),
    `/sign-up?callbackUrl=${encodeURIComponent(new URL(link).pathname)}`,
  );
  await kid.getByRole("button", { name: "Join Youth squad" }).click();
  await expect(kid.getByRole("heading", { level: 1, name: "Youth squad" })).toBeVisible();
  // The existing profile, not a new one: still one athlete, now with a login, marked as them.
  // Teammates' results are private by default, so the athlete sees their own profile only.
  await expect(kid.getByRole("heading", { name: "Your athlete profile" })).toBeVisible();
  await expect(
    kid.getByRole("region", { name: "Your athlete profile" }).getByRole("listitem"),
  ).toHaveCount(1);
  await expect(kid.getByText("Kid Runner")).toBeVisible();
  await expect(kid.getByText("(you)")).toBeVisible();
});

test("a coach removes an athlete without a login by mistake, still reads their history and restores them", async ({
  page,
}, testInfo) => {
  const { squadUrl } = await coachWithSquad(page, "Restore squad");
  await page.getByLabel("Athlete's name").fill("Lia Young");
  await page.getByLabel("5K time (optional)").fill("24:90");
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByText("Seconds must be under 60")).toBeVisible();
  await expect(page.getByLabel("Athlete's name")).toHaveValue("Lia Young"); // kept to correct
  await page.getByLabel("5K time (optional)").fill("24:30");
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("heading", { name: "Athletes (1)" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Lia Young" })).toContainText(
    "5K 24:30",
  );
  await expect(page.getByLabel("Athlete's name")).toHaveValue(""); // ready for the next one
  await page.getByRole("button", { name: "Remove Lia Young" }).click();
  await page.getByRole("button", { name: "Yes, remove Lia Young" }).click();
  await expect(page.getByRole("heading", { name: "Athletes (0)" })).toBeVisible();

  // Kept as a former athlete: listed apart, history open to read, nothing to change.
  await page.getByText("Former athletes (1)").click();
  await page.getByRole("link", { name: "Lia Young" }).click();
  await expect(page.getByRole("note")).toContainText("A former athlete of Restore squad");
  await expect(page.getByRole("heading", { name: "Add a 5K mark" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "5K marks" })).toContainText("24:30");
  await checkPage(page, testInfo, "former-athlete");

  await page.getByRole("button", { name: "Restore Lia Young" }).click();
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Add a 5K mark" })).toBeVisible();
  await page.goto(squadUrl);
  await expect(page.getByRole("heading", { name: "Athletes (1)" })).toBeVisible();
  await expect(page.getByText(/^Former athletes/)).toHaveCount(0);
});

test("a coach's saved settings stay shown after saving: units and the prediction model", async ({
  page,
  db,
}) => {
  const coach = await createUser("Coach", "COACH");
  const squad = await createSquad({ coach });
  await signIn(page, coach.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto(`/squads/${squad.id}`);
  const settings = page.getByRole("region", { name: "Settings" });
  await settings.getByLabel("Default units").selectOption("IMPERIAL");
  await settings.getByLabel("Prediction model").selectOption("DANIELS");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByText("Saved.")).toBeVisible();
  // React resets a form after its action: the boxes must still show what was saved.
  await expect(settings.getByLabel("Default units")).toHaveValue("IMPERIAL");
  await expect(settings.getByLabel("Prediction model")).toHaveValue("DANIELS");
  expect(
    await db.squad.findUniqueOrThrow({
      where: { id: squad.id },
      select: { units: true, predictionModel: true },
    }),
  ).toEqual({ units: "IMPERIAL", predictionModel: "DANIELS" });
  await page.reload();
  await expect(settings.getByLabel("Prediction model")).toHaveValue("DANIELS");
});
