import type { Coach } from "./seed";
import { signIn } from "./sign-in";

/**
 * What must hold for the instances to be interchangeable behind the proxy: a session made on
 * one is good on the other (one AUTH_SECRET, session versions in PostgreSQL), and a rate limit
 * counts across both (its counters live in PostgreSQL): the targets API allows 60 requests a
 * minute per address, so 40 on each instance from one address must see 429s on the second.
 */
export async function verifySharing(one: string, two: string, coach: Coach): Promise<string> {
  const cookie = await signIn(one, coach.email, coach.password, "10.250.0.1");
  const session = (await (
    await fetch(`${two}/api/auth/session`, { headers: { cookie } })
  ).json()) as {
    userId?: string;
  };
  const page = await fetch(`${two}/dashboard`, { headers: { cookie }, redirect: "manual" });
  if (!session.userId || page.status !== 200)
    throw new Error(
      `A session made on instance 1 is not accepted by instance 2 (session ${JSON.stringify(session)}, dashboard HTTP ${page.status}).`,
    );
  const address = { "x-forwarded-for": "10.250.0.2" };
  const hit = async (base: string) =>
    (await fetch(`${base}/api/v1/targets?fiveK=20:00`, { headers: address })).status;
  const first: number[] = [];
  for (let i = 0; i < 40; i++) first.push(await hit(one));
  const second: number[] = [];
  for (let i = 0; i < 40; i++) second.push(await hit(two));
  const limited = second.filter((s) => s === 429).length;
  if (first.some((s) => s !== 200) || limited !== 20)
    throw new Error(
      `The targets API limit is not shared: instance 1 answered ${first.join(",")}; instance 2 ${second.join(",")}.`,
    );
  return "Shared by both instances: a session signed in on instance 1 works on instance 2; the rate limit counted 40 + 20 requests across them and refused the next 20 on instance 2.";
}
