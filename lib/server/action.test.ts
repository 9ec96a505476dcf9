import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ActionError,
  CHANGED_MEANWHILE,
  NOT_FOUND,
  OUT_OF_RANGE,
  defineAction,
} from "@/lib/server/action";
import { signUp } from "@/lib/server/actions/sign-up";
import { buildWorld, type World } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

describe("form fields", () => {
  it("a part named __proto__ is an unknown field, ignored, not a crash", async () => {
    const email = uniqueEmail("proto");
    const form = new FormData();
    // First, so the fields after it would be set on an object whose prototype is the File.
    form.append("__proto__", new File(["x"], "x.txt"));
    form.append("name", "Proto");
    form.append("email", email);
    form.append("password", "a long enough passphrase");
    expect(await signUp.invoke(null, form)).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});

/** An action whose run makes the database refuse, as a concurrent change would. */
const refusedBy = (run: (world: World) => Promise<unknown>, world: World) =>
  defineAction({
    input: z.object({}),
    authorize: () => Promise.resolve(true),
    async run() {
      await run(world);
    },
  }).invoke(world.viewers.coach, {});

describe("a database refusal is answered on the form, never a 500", () => {
  it.each([
    [
      "a row pointing at one deleted meanwhile (P2003)",
      (w: World) =>
        db.membership.create({
          data: { squadId: `${w.a.id}-gone`, userId: w.viewers.coach.id, role: "COACH" },
        }),
      { code: "not_found", message: NOT_FOUND },
    ],
    [
      "a unique row someone else just made (P2002)",
      (w: World) =>
        db.membership.create({
          data: { squadId: w.a.id, userId: w.viewers.coach.id, role: "COACH" },
        }),
      { code: "conflict", message: CHANGED_MEANWHILE },
    ],
    [
      "a number too big for its column (P2020)",
      (w: World) =>
        db.fiveKMark.create({
          data: {
            athleteId: w.a.athleteId,
            timeMs: 9_999_999_999,
            date: new Date(),
            source: "RACE",
          },
        }),
      { code: "invalid", message: OUT_OF_RANGE },
    ],
    [
      "a value too long for its column (P2000)",
      // Every text column here is unbounded, so PostgreSQL cannot be made to say it: Prisma's own error.
      () =>
        Promise.reject(
          new Prisma.PrismaClientKnownRequestError("The provided value is too long", {
            code: "P2000",
            clientVersion: Prisma.prismaVersion.client,
          }),
        ),
      { code: "invalid", message: OUT_OF_RANGE },
    ],
  ])("%s", async (_name, run, answer) => {
    const world = await buildWorld(db);
    expect(await refusedBy(run, world)).toEqual({ ok: false, ...answer });
  });

  // A guard for the table above: anything else is still a bug to see, not a message to hide.
  it("still throws what it cannot explain", async () => {
    const world = await buildWorld(db);
    await expect(refusedBy(() => Promise.reject(new Error("boom")), world)).rejects.toThrow("boom");
  });
});

describe("outcomes carry a code for code to act on", () => {
  const echo = defineAction({
    input: z.object({ n: z.coerce.number().int().min(1) }),
    authorize: (viewer) => Promise.resolve(viewer.email !== "nobody"),
    run(viewer, { n }) {
      if (n === 2) throw new ActionError("Two is taken.", { code: "conflict" });
      if (n === 3) throw new ActionError("Not three.", { field: "n" });
      if (n === 4) throw new ActionError("Slow down.", { code: "rate_limited" });
      return Promise.resolve({ message: `${viewer.id}:${n}` });
    },
  });

  it("a signed-in action's run gets the viewer; without one it is not found", async () => {
    const world = await buildWorld(db);
    expect(await echo.invoke(world.viewers.coach, { n: 1 })).toMatchObject({
      ok: true,
      message: `${world.viewers.coach.id}:1`,
    });
    expect(await echo.invoke(null, { n: 1 })).toEqual({
      ok: false,
      code: "not_found",
      message: NOT_FOUND,
    });
  });

  it("bad input, a conflict, a field and a limit each say which", async () => {
    const world = await buildWorld(db);
    const as = (n: unknown) => echo.invoke(world.viewers.coach, { n });
    const rejected = await as(0);
    expect(rejected).toMatchObject({ ok: false, code: "invalid", inputRejected: true });
    expect(Object.keys(rejected.fieldErrors ?? {})).toEqual(["n"]);
    expect(await as(2)).toEqual({ ok: false, code: "conflict", message: "Two is taken." });
    expect(await as(3)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { n: "Not three." },
    });
    expect(await as(4)).toMatchObject({ ok: false, code: "rate_limited" });
  });
});
