import type { Metadata } from "next";

export const metadata: Metadata = { title: "Offline" };

// What the service worker shows when a page cannot be reached. It holds no incident data on
// purpose: anything cached would be presented as current while it may be hours old.
export default function OfflinePage() {
  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-2xl font-bold text-slate-900">No connection to Bridge</h1>
      <p className="mt-3 text-slate-700">
        The connection is gone, so this page cannot show incidents. Nothing here is out of date information: it shows
        none. Check your network, then try again.
      </p>
      <p className="mt-3 text-slate-700">
        If you were paged, the page also went to your e-mail; acknowledge from there or by phone if this stays offline.
      </p>
      {/* The worker answers the page that was asked for with this one, so the address is still that page's:
          an empty link loads it again, through the network. */}
      <a
        href=""
        className="mt-6 inline-flex min-h-11 items-center rounded-md bg-slate-900 px-4 text-sm font-semibold text-white"
      >
        Try again
      </a>
    </main>
  );
}
