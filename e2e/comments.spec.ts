import { expect, test, type Page } from "@playwright/test";
import { coachWithSquad, createInvitationLink, person, signUp } from "./fixtures";
import { assignSession, lastSegment } from "./logging-fixtures";
import { checkPage } from "./page-check";

async function post(page: Page, text: string) {
  await page.getByLabel("Add a comment").fill(text);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comment").filter({ hasText: text })).toBeVisible();
  await expect(page.getByLabel("Add a comment")).toHaveValue("");
}

test("an athlete comments, the coach sees it new, replies, and the marks clear", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000); // two people sign up in two browsers, and a page check
  const { squadUrl } = await coachWithSquad(page, "Comment squad");
  const link = await createInvitationLink(page);

  const athleteContext = await browser.newContext();
  const athletePage = await athleteContext.newPage();
  await athletePage.goto(link);
  await athletePage.getByRole("link", { name: "Create an account" }).click();
  await athletePage.waitForURL(/\/sign-up\?callbackUrl=/);
  const athlete = person("Athlete");
  await signUp(athletePage, athlete, athletePage.url());
  await athletePage.getByRole("button", { name: "Join Comment squad" }).click();
  await expect(athletePage.getByRole("heading", { level: 1 })).toHaveText("Comment squad");

  await page.goto(squadUrl);
  await page.getByRole("main").getByRole("link", { name: athlete.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: athlete.name })).toBeVisible();
  const sessionId = await assignSession(lastSegment(page.url()));

  // The athlete writes on their session.
  await athletePage.goto(`/sessions/${sessionId}`);
  const athleteTalk = athletePage.getByRole("region", { name: /Conversation/ });
  await expect(athleteTalk).toContainText("teammates never see it");
  await post(athletePage, "Legs felt heavy on the 1200");

  // The coach's home marks it new; the line opens the session, where it is marked too.
  await page.goto("/dashboard");
  const news = page.getByRole("region", { name: /New since you last looked/ });
  const line = news.getByRole("listitem").filter({ hasText: athlete.name });
  await expect(line).toContainText("1 new comment");
  await line.getByRole("link").click();
  await page.waitForURL(`**/sessions/${sessionId}`);
  const coachTalk = page.getByRole("region", { name: /Conversation/ });
  await expect(
    coachTalk.getByTestId("comment").filter({ hasText: "Legs felt heavy" }),
  ).toContainText("New");
  await post(page, "Start the 1200 two seconds slower next time");
  await checkPage(page, testInfo, "session-conversation");

  // Opened and answered: nothing new for the coach any more.
  await page.goto("/dashboard");
  await expect(news).toContainText("Nothing new");

  // The athlete sees the reply unread on their home, then read once opened.
  await athletePage.goto("/dashboard");
  const unread = athletePage.getByRole("region", { name: "New comments" });
  await expect(unread).toContainText("1 new from");
  await unread.getByRole("link").click();
  await athletePage.waitForURL(`**/sessions/${sessionId}`);
  await expect(
    athleteTalk.getByTestId("comment").filter({ hasText: "two seconds slower" }),
  ).toContainText("New");
  await athletePage.goto("/dashboard");
  await expect(athletePage.getByRole("region", { name: "New comments" })).toHaveCount(0);
  await athleteContext.close();
});
