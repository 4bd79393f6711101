// Where the public pages point: the live site under /status, or the static snapshot's files,
// linked relatively so the snapshot works from any directory of any web server or bucket.

export type StatusLinks = {
  home: string;
  css: string;
  json: string;
  atom: string;
  rss: string;
  /** The sign-up form; a snapshot has none, since it is read when Bridge itself may be down. */
  subscribe: string | null;
  incident: (id: string) => string;
  maintenance: (id: string) => string;
};

export const LIVE_LINKS: StatusLinks = {
  home: "/status",
  css: "/status/status.css",
  json: "/status.json",
  atom: "/status/feed.atom",
  rss: "/status/feed.rss",
  subscribe: "/status/subscribe",
  incident: (id) => `/status/incidents/${encodeURIComponent(id)}`,
  maintenance: (id) => `/status/maintenance/${encodeURIComponent(id)}`,
};

/** Links from a snapshot page `depth` directories below the snapshot's root (0: index.html). */
export function snapshotLinks(depth: number): StatusLinks {
  const up = depth === 0 ? "./" : "../".repeat(depth);
  return {
    home: `${up}index.html`,
    css: `${up}status.css`,
    json: `${up}status.json`,
    atom: `${up}feed.atom`,
    rss: `${up}feed.rss`,
    subscribe: null,
    incident: (id) => `${up}incidents/${encodeURIComponent(id)}.html`,
    maintenance: (id) => `${up}maintenance/${encodeURIComponent(id)}.html`,
  };
}
