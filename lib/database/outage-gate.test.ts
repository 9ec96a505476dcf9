import { describe, expect, it } from "vitest";
import { databaseDownSince, markAvailable, markUnavailable } from "./availability";
import { databaseAnswers } from "./outage-gate";
import { closedPort } from "./testing";
import { databaseUrl } from "@/lib/env";

const closedPortUrl = async () => `postgresql://nobody@127.0.0.1:${await closedPort()}/none`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the outage gate (pages answer 503 at once while PostgreSQL is down)", () => {
  it("lets every page through, without asking, while the database is not known to be down", () => {
    markAvailable();
    expect(databaseAnswers("postgresql://never-asked@127.0.0.1:1/none")).toBe(true);
  });

  it("while it is down, says no, asking at most once a second for every request together", async () => {
    markUnavailable();
    const url = await closedPortUrl();
    const first = databaseAnswers(url);
    const second = databaseAnswers(url);
    expect(first).toBe(second); // one probe shared
    expect(await first).toBe(false);
    expect(databaseDownSince()).not.toBeNull();
    await sleep(1_050);
    expect(databaseAnswers(url)).not.toBe(first); // a new probe after a second
  });

  it("once the database answers again, lets pages through and marks it back", async () => {
    markUnavailable();
    await sleep(1_050); // past the last probe of the test before
    expect(await databaseAnswers(databaseUrl())).toBe(true);
    expect(databaseDownSince()).toBeNull();
    expect(databaseAnswers(databaseUrl())).toBe(true);
  });
});
