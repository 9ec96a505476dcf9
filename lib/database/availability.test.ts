import { describe, expect, it } from "vitest";
import {
  databaseDownSince,
  isUnavailableError,
  requestHitUnavailable,
  withRequestContext,
} from "./availability";
import { createPrismaClient } from "./client";
import { closedPort } from "./testing";
import { databaseUrl } from "@/lib/env";

describe("database availability (503s while PostgreSQL is down)", () => {
  it("marks the request whose query could not connect, and only that request", async () => {
    const down = createPrismaClient(`postgresql://nobody@127.0.0.1:${await closedPort()}/none`);
    try {
      const [failed, bystander] = await Promise.all([
        withRequestContext(async () => {
          const error = await down.$queryRaw`SELECT 1`.catch((e: unknown) => e);
          return { error, marked: requestHitUnavailable() };
        }),
        withRequestContext(async () => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          return requestHitUnavailable();
        }),
      ]);
      expect(isUnavailableError(failed.error)).toBe(true);
      expect(failed.marked).toBe(true);
      expect(bystander).toBe(false);
      expect(databaseDownSince()).not.toBeNull();
    } finally {
      await down.$disconnect();
    }
  });

  it("clears the state on the next query that succeeds; a refused value is not unavailability", async () => {
    const up = createPrismaClient(databaseUrl());
    try {
      await up.$queryRaw`SELECT 1`;
      expect(databaseDownSince()).toBeNull();
      const refused = await up.$queryRaw`SELECT 1/0`.catch((e: unknown) => e);
      expect(isUnavailableError(refused)).toBe(false);
      expect(databaseDownSince()).toBeNull();
    } finally {
      await up.$disconnect();
    }
  });

  it("recognises an admin shutdown, a statement timeout and Prisma's connection codes", () => {
    expect(isUnavailableError(Object.assign(new Error("terminating"), { code: "57P01" }))).toBe(
      true,
    );
    expect(isUnavailableError({ cause: { kind: "DatabaseNotReachable" } })).toBe(true);
    expect(isUnavailableError(Object.assign(new Error("x"), { code: "P1001" }))).toBe(true);
    expect(isUnavailableError(Object.assign(new Error("canceled"), { code: "57014" }))).toBe(true);
    expect(isUnavailableError(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isUnavailableError(new Error("Cannot read properties of undefined"))).toBe(false);
  });
});
