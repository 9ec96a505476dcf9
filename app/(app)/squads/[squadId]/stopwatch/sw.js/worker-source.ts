/**
 * The stopwatch's service worker, so the page opens with no network: at the track, a reload or
 * a reopened tab must bring the running clocks back (their state is in localStorage; this keeps
 * the page itself). Navigations go to the network first and fall back to the copy kept from the
 * last successful load; Next's hashed static files are kept on first use. Server actions (POST)
 * and everything cross-origin pass straight through.
 */
export const WORKER_SOURCE = `
const CACHE = "stopwatch-v1";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page loaded before the worker existed: it sends its own URL and its static files.
self.addEventListener("message", (event) => {
  const urls = event.data && event.data.type === "cache" ? event.data.urls : [];
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        urls.map((url) =>
          cache.match(url).then((hit) => hit || fetch(url).then((res) => keep(cache, url, res)))
            .catch(() => undefined),
        ),
      ),
    ),
  );
});

function keep(cache, url, res) {
  // Never keep a sign-in redirect or an error page in place of the stopwatch.
  if (res.ok && !res.redirected) return cache.put(url, res.clone()).then(() => res);
  return res;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    return await keep(cache, request.url, await fetch(request));
  } catch (error) {
    const hit = await cache.match(request.url);
    if (hit) return hit;
    throw error;
  }
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
