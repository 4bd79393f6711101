// Bridge's service worker. It keeps one page offline — /offline, which holds no incident data —
// and shows it when a page cannot be fetched. Nothing else is cached: incident data shown without
// a connection would look current while it is not. It also shows pages pushed by the server (Web
// Push) and handles their Acknowledge button.
const CACHE = "bridge-offline-v1";
const OFFLINE_URL = "/offline";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_URL, { cache: "reload" })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") return;
  event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE_URL)));
});

// The payload is JSON from lib/domain/push.ts: {title, body, url, incidentNumber, ackUrl}.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: "Bridge", body: event.data ? event.data.text() : "" };
  }
  const options = {
    body: data.body || "",
    // One notification per incident: a later page replaces the earlier one and alerts again.
    tag: data.incidentNumber ? `incident-${data.incidentNumber}` : undefined,
    renotify: Boolean(data.incidentNumber),
    requireInteraction: true,
    icon: "/icons/icon-192.png",
    data: { url: data.url || "/", ackUrl: data.ackUrl || null },
    actions: data.ackUrl ? [{ action: "ack", title: "Acknowledge" }] : [],
  };
  event.waitUntil(self.registration.showNotification(data.title || "Bridge", options));
});

// POSTs the page's signed link to /ack/<token>/one-click (no session needed); if that fails, the
// link's own page opens instead so the person can acknowledge there.
async function acknowledge(ackUrl) {
  try {
    const response = await fetch(`${ackUrl}/one-click`, { method: "POST", credentials: "omit" });
    return response.ok;
  } catch {
    return false;
  }
}

async function openUrl(url) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => client.url === url);
  if (open) return open.focus();
  return self.clients.openWindow(url);
}

self.addEventListener("notificationclick", (event) => {
  const { url, ackUrl } = event.notification.data || {};
  event.notification.close();
  event.waitUntil(
    (async () => {
      if (event.action === "ack" && ackUrl) {
        const done = await acknowledge(ackUrl);
        return openUrl(done ? url : ackUrl);
      }
      return openUrl(url || "/");
    })(),
  );
});
