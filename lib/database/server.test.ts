import { describe, expect, it } from "vitest";
import { SetupError } from "./errors";
import { ensureDatabase } from "./server";

describe("an unusable DATABASE_URL gets a message a person can act on", () => {
  it("names the host and port when nothing listens there", async () => {
    const error = await ensureDatabase("postgresql://postgres@127.0.0.1:1/app").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SetupError);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1: nothing is listening there/);
  });

  it("names the host when it does not resolve", async () => {
    const error = await ensureDatabase("postgresql://postgres@no-such-host.invalid:5432/app").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SetupError);
    expect((error as Error).message).toMatch(/"no-such-host\.invalid" does not resolve/);
  });
});
