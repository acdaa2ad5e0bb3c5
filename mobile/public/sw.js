// Service worker of the web version: after one visit, everything the app
// needs is cached, so it opens and works without a network. It caches only
// this site's own files, never sets cookies and sends nothing anywhere.
//
// PRECACHE and VERSION are filled in by scripts/build-web.sh with every file of the build
// (their names carry content hashes), so a new build means a new worker and
// a fresh cache; old caches are deleted on activation.
const PRECACHE = "__PRECACHE__";
const VERSION = "__VERSION__";
const CACHE = `een-entree-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("een-entree-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function offlinePage(path) {
  const parts = path.split("/").filter(Boolean);
  for (let n = parts.length; n >= 1; n--) {
    const hit = await caches.match("/" + parts.slice(0, n).join("/") + "/index.html");
    if (hit) return hit;
  }
  return (parts.length && (await caches.match("/404.html"))) || caches.match("/index.html");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return; // other sites (chats, the neutral exit site) are never touched
  }
  if (request.mode === "navigate") {
    // Pages: the network first (fresh content); offline, the pre-rendered
    // page of this address or the nearest one above it (a campaign link's
    // Start), else the not-found page. The app then takes over as usual.
    event.respondWith(fetch(request).catch(() => offlinePage(url.pathname)));
    return;
  }
  // Files: from the cache (their names change with their content).
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
