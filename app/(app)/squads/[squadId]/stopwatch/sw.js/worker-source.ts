import { OFFLINE_CACHE, OFFLINE_MAX_AGE_MS, OFFLINE_OWNER } from "@/lib/stopwatch/offline-page";

/**
 * The stopwatch's service worker, so the page opens with no network: at the track, a reload or
 * a reopened tab must bring the running clocks back (their state is in localStorage; this keeps
 * the page itself). Navigations go to the network first and fall back to the copy kept from the
 * last successful load; Next's hashed static files are kept on first use. Server actions (POST)
 * and everything cross-origin pass straight through.
 *
 * The kept pages show a squad's names, so they belong to one user (docs/security.md, "Devices
 * and sign-out"): the page tells the worker who loaded it, and a different user's message
 * empties the cache first. Offline, the worker cannot check a session, so it serves a copy only
 * within OFFLINE_MAX_AGE_MS of its user's last online load; online, a navigation the server
 * answers with a redirect (to sign in) or a refusal empties the cache, so a signed-out or
 * removed user's device forgets the pages the first time it reaches the server.
 */
export const WORKER_SOURCE = `
const CACHE = ${JSON.stringify(OFFLINE_CACHE)};
const OWNER = ${JSON.stringify(OFFLINE_OWNER)};
const MAX_AGE_MS = ${OFFLINE_MAX_AGE_MS};
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) =>
  event.waitUntil(
    caches
      .keys()
      // Copies kept by an older worker name no user: they go.
      .then((names) => Promise.all(names.filter((n) => n.startsWith("stopwatch") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  ),
);

async function ownerOf(cache) {
  const hit = await cache.match(OWNER);
  try {
    return hit ? await hit.json() : null;
  } catch {
    return null;
  }
}

// The page loaded before the worker existed, or for a new user: it says who it was loaded for and
// sends its own URL and its static files.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "cache" || typeof data.user !== "string" || !data.user) return;
  event.waitUntil(
    (async () => {
      const owner = await ownerOf(await caches.open(CACHE));
      if (owner && owner.user !== data.user) await caches.delete(CACHE);
      const cache = await caches.open(CACHE);
      await cache.put(OWNER, new Response(JSON.stringify({ user: data.user, at: Date.now() })));
      await Promise.all(
        (data.urls || []).map((url) =>
          cache.match(url).then((hit) => hit || fetch(url).then((res) => keep(cache, url, res)))
            .catch(() => undefined),
        ),
      );
    })(),
  );
});

function keep(cache, url, res) {
  // Never keep a sign-in redirect or an error page in place of the stopwatch.
  if (res.ok && !res.redirected) return cache.put(url, res.clone()).then(() => res);
  return res;
}

/** A redirect (requireUser sends the signed-out to sign in) or a refusal: nothing to keep. */
const refused = (res) => res.type === "opaqueredirect" || res.redirected || [401, 403, 404].includes(res.status);

async function offlineCopy(cache, url) {
  const owner = await ownerOf(cache);
  if (!owner || !(Date.now() - owner.at < MAX_AGE_MS)) {
    await caches.delete(CACHE);
    return undefined;
  }
  return cache.match(url);
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  let res;
  try {
    res = await fetch(request);
  } catch (error) {
    const hit = await offlineCopy(cache, request.url);
    if (hit) return hit;
    throw error;
  }
  if (refused(res)) {
    await caches.delete(CACHE);
    return res;
  }
  return keep(cache, request.url, res);
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request.url)) || keep(cache, request.url, await fetch(request));
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(request));
});
`;
