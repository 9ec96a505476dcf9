/** The HTTP half of `npm run bench:pages`: a password sign-in and page timings, with plain fetch. */

export type Page = { name: string; path: string; goal: number };

/** The cookies a response sets, as one Cookie header value (name=value pairs only). */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = [...jar, ...cookiesOf(response)].join("; ");
  if (!cookie.includes("session-token")) throw new Error(`sign-in failed (${response.status})`);
  return cookie;
}

/** One full page: the whole HTML body read, which must be the page itself (200, no redirect). */
async function timeOne(base: string, cookie: string, page: Page): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(`${base}${page.path}`, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  const ms = performance.now() - t0;
  if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
  return ms;
}

/**
 * Median time per page. Each round requests every page once, in turn, so background load on the
 * machine (builds, other tests) lands on all pages alike rather than on whichever ran then.
 */
export async function timePages(
  base: string,
  cookie: string,
  pages: Page[],
  { warmup, runs }: { warmup: number; runs: number },
): Promise<Map<string, number>> {
  const times = new Map<string, number[]>(pages.map((p) => [p.name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const page of pages) {
      const ms = await timeOne(base, cookie, page);
      if (round >= warmup) times.get(page.name)!.push(ms);
    }
  }
  return new Map(
    [...times].map(([name, list]) => {
      list.sort((a, b) => a - b);
      return [name, list[Math.floor(list.length / 2)]!];
    }),
  );
}
