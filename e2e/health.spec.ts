import { expect, test } from "./test";

test("the health endpoint reports the database reachable and the schema current", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: "reachable", migrations: "current" });
});

test("the front page says what the product is and leads to the calculator", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Step-Down");
  await expect(page.getByText(/4-3-2-1 lap step-down/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Target calculator" })).toHaveAttribute(
    "href",
    "/calculator",
  );
});

test("an unknown page answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Back to the start" })).toBeVisible();
});
