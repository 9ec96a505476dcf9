import { expect, test } from "./test";
import { PASSWORD, person, signIn, signUp } from "./fixtures";

test("sign-up refuses a short or common password at the field, and never reveals a taken email", async ({
  page,
}) => {
  const who = person("Coach");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  // What was typed stays, to be corrected rather than typed again.
  await expect(page.getByLabel("Your name")).toHaveValue(who.name);
  await expect(page.getByLabel("Email")).toHaveValue(who.email);

  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("one of the most common ones")).toBeVisible();

  await signUp(page, who);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // A taken address is never revealed: with the owner's password this is just a sign-in…
  await signUp(page, who);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // …and with another password the sign-in that follows fails as a wrong password does.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone else");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill("another long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("We could not sign you in with that email and password"),
  ).toBeVisible();
});

test("sign-in slows down after five bad passwords, with a clear wait", async ({ page }) => {
  test.setTimeout(60_000); // seven sign-ins, each a deliberately slow Argon2id check
  const who = person("Coach");
  await signUp(page, who);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  // Let sign-out's own navigation finish, or the next page.goto is aborted by it.
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, who.email, `wrong password ${attempt}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await signIn(page, who.email, "wrong password 6");
  await expect(page.getByText(/Too many attempts\. Try again in \d+ s\./)).toBeVisible();
  // Even the right password waits now: that is what slows a guesser down.
  await signIn(page, who.email, PASSWORD);
  await expect(page.getByText(/Too many attempts/)).toBeVisible();
});

test("signed-in pages need a session, and sign out everywhere ends it at once", async ({
  page,
  browser,
}) => {
  const anonymous = await page.goto("/dashboard");
  expect(new URL(page.url()).pathname).toBe("/sign-in");
  expect(anonymous?.status()).toBe(200);

  const who = person("Coach");
  await signUp(page, who);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  const firstCookie = (await page.context().cookies()).find((c) =>
    c.name.includes("session-token"),
  )?.value;
  expect(firstCookie).toBeTruthy();

  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, who.email);
  await expect(phonePage.getByRole("heading", { name: "Your squads" })).toBeVisible();
  const phoneCookie = (await phone.cookies()).find((c) => c.name.includes("session-token"))?.value;
  expect(phoneCookie).not.toBe(firstCookie);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  // This device is one of them: it is signed out and cleared like any sign-out.
  const cleared = page.waitForResponse((r) => new URL(r.url()).pathname === "/signed-out");
  await page.getByRole("button", { name: "Yes, sign out every device" }).click();
  expect((await (await cleared).allHeaders())["clear-site-data"]).toBe('"cache", "storage"');
  await page.waitForURL((url) => url.searchParams.get("reason") === "signed-out-everywhere");
  await expect(page.getByText("You were signed out on every device.")).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(
    false,
  );

  await phonePage.goto("/dashboard");
  expect(new URL(phonePage.url()).pathname).toBe("/sign-in");
  await phone.close();
});

test("a callbackUrl that browsers would read as another site is ignored after sign-in", async ({
  page,
  baseURL,
}) => {
  const who = person("Coach");
  await signUp(page, who);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.context().clearCookies();

  // "/<tab>/evil.example": browsers drop the tab and read "//evil.example", another host.
  for (const callbackUrl of ["%2F%09%2Fevil.example", "%2F%5Cevil.example"]) {
    await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    await page.context().clearCookies();
  }
});

test("pages send security headers: CSP without unsafe-eval, no framing", async ({ request }) => {
  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
