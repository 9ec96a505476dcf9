import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

// Every test makes its own people, so tests never depend on each other or on demo data.
export const PASSWORD = "a long enough passphrase";

export function person(label: string) {
  const id = randomBytes(4).toString("hex");
  return { name: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@e2e.test` };
}

export async function signUp(page: Page, who: { name: string; email: string }, path = "/sign-up") {
  await page.goto(path);
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A coach account with one squad; returns the squad page's URL. */
export async function coachWithSquad(page: Page, squadName: string) {
  const coach = person("Coach");
  await signUp(page, coach);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.getByRole("link", { name: "New squad" }).click();
  await page.getByLabel("Squad name").fill(squadName);
  await page.getByRole("button", { name: "Create squad" }).click();
  await expect(page.getByRole("heading", { level: 1, name: squadName })).toBeVisible();
  return { coach, squadUrl: page.url() };
}

export async function createInvitationLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}
