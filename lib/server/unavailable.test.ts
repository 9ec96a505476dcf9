import { describe, expect, it } from "vitest";
import { requestHitUnavailable, withRequestContext } from "@/lib/database/availability";
import { createPrismaClient } from "@/lib/database/client";
import { UNAVAILABLE, unavailableState } from "./unavailable";

describe("an action while the database is down (defineAction's mapping)", () => {
  it("answers the form a message with code unavailable and marks the request for a 503", async () => {
    const down = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
    try {
      const error = await down.user.findFirst().catch((e: unknown) => e);
      const seen = withRequestContext(() => ({
        state: unavailableState(error),
        marked: requestHitUnavailable(),
      }));
      expect(seen).toEqual({
        state: { ok: false, code: "unavailable", message: UNAVAILABLE },
        marked: true,
      });
    } finally {
      await down.$disconnect();
    }
  });

  it("leaves any other error to the caller", () => {
    expect(unavailableState(new TypeError("a bug"))).toBeUndefined();
  });
});
