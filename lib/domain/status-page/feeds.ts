// Atom and RSS feeds of public updates, newest first: incident updates and maintenance updates.
// Built with escapeXml only, so any text a commander typed leaves the feed well-formed.
import { STATUS, type IncidentStatus } from "../incident-status";
import { MAINTENANCE_STATUS, type MaintenanceStatus } from "../maintenance-status";
import { escapeXml as x } from "../html";
import type { StatusSummary } from "./summary";

export type FeedItem = { id: string; title: string; text: string; link: string; published: string };
export type FeedOptions = {
  siteName: string;
  /** Absolute URL of the status page; items link beneath it. */
  pageUrl: string;
  selfUrl: string;
  incidentUrl: (id: string) => string;
  maintenanceUrl: (id: string) => string;
  limit?: number;
};

export function feedItems(s: StatusSummary, o: FeedOptions): FeedItem[] {
  const incidents = [...s.incidents, ...s.history].flatMap((i) =>
    i.updates.map((u) => ({
      id: `update-${u.id}`,
      title: `${i.title}: ${STATUS[u.status as IncidentStatus].label}`,
      text: u.message,
      link: o.incidentUrl(i.id),
      published: u.publishedAt,
    })),
  );
  const maintenance = [...s.maintenance, ...s.pastMaintenance].flatMap((m) =>
    m.updates.map((u) => ({
      id: `maintenance-update-${u.id}`,
      title: `${m.title}: ${MAINTENANCE_STATUS[u.status as MaintenanceStatus].label}`,
      text: u.message,
      link: o.maintenanceUrl(m.id),
      published: u.publishedAt,
    })),
  );
  return [...incidents, ...maintenance]
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .slice(0, o.limit ?? 50);
}

/** The feed's own id: a tag URI would need a domain we may not own, so the page URL it is. */
export function renderAtom(s: StatusSummary, o: FeedOptions): string {
  const items = feedItems(s, o);
  const updated = items[0]?.published ?? s.lastPublishedAt ?? new Date(0).toISOString();
  const entries = items
    .map(
      (i) => `<entry>
<id>${x(`${o.pageUrl}#${i.id}`)}</id>
<title>${x(i.title)}</title>
<link rel="alternate" type="text/html" href="${x(i.link)}"/>
<published>${x(i.published)}</published>
<updated>${x(i.published)}</updated>
<content type="text">${x(i.text)}</content>
</entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${x(o.pageUrl)}</id>
<title>${x(o.siteName)} status</title>
<link rel="self" type="application/atom+xml" href="${x(o.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${x(o.pageUrl)}"/>
<author><name>${x(o.siteName)}</name></author>
<updated>${x(updated)}</updated>
${entries}
</feed>
`;
}

export function renderRss(s: StatusSummary, o: FeedOptions): string {
  const items = feedItems(s, o);
  const date = (iso: string) => new Date(iso).toUTCString();
  const body = items
    .map(
      (i) => `<item>
<guid isPermaLink="false">${x(i.id)}</guid>
<title>${x(i.title)}</title>
<link>${x(i.link)}</link>
<pubDate>${x(date(i.published))}</pubDate>
<description>${x(i.text)}</description>
</item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${x(o.siteName)} status</title>
<link>${x(o.pageUrl)}</link>
<description>${x(`Public status updates for ${o.siteName}`)}</description>
<atom:link href="${x(o.selfUrl)}" rel="self" type="application/rss+xml"/>
${items[0] ? `<lastBuildDate>${x(date(items[0].published))}</lastBuildDate>` : ""}
${body}
</channel>
</rss>
`;
}
