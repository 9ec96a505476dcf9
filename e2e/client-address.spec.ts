import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "./test";
import { PASSWORD, person, signIn, signUp } from "./fixtures";

// The app's own server (scripts/serve.ts) decides the client's address; with no TRUSTED_PROXIES
// (as here) an X-Forwarded-For the client sends counts for nothing.

/** One password sign-in through next-auth's endpoint, claiming to come from `claimedAddress`. */
async function tryPassword(request: APIRequestContext, email: string, claimedAddress: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": claimedAddress },
    form: { csrfToken, email, password: "a wrong guess 123", json: "true" },
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "";
}

test("a client cannot pick its address: the health details still see this machine", async ({
  request,
}) => {
  const response = await request.get("/api/health", {
    headers: { "x-forwarded-for": "203.0.113.9" },
  });
  // The details are only for requests from this machine: the claimed address was ignored.
  expect(await response.json()).toMatchObject({ database: "reachable", migrations: "current" });
});

test("varying X-Forwarded-For does not get round the per-address sign-in limit", async ({
  request,
}) => {
  const email = `nobody-${randomBytes(4).toString("hex")}@e2e.test`;
  for (let i = 1; i <= 5; i++) {
    expect(await tryPassword(request, email, `198.51.100.${i}`)).toMatch(/do not match/);
  }
  expect(await tryPassword(request, email, "198.51.100.6")).toMatch(/^Too many attempts/);
});

test("after a guesser used up an account's attempts, its owner's browser still signs in", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const who = person("Coach");
  await signUp(page, who); // signs this browser in, which gives it the device cookie
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  for (let i = 0; i < 6; i++) await tryPassword(request, who.email, "198.51.100.7");
  expect(await tryPassword(request, who.email, "198.51.100.7")).toMatch(/^Too many attempts/);

  await signIn(page, who.email, PASSWORD);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
});
