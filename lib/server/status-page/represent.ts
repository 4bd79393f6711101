import "server-only";
import type { Db } from "@/lib/db/create-client";
import { renderAtom, renderRss, type FeedOptions } from "@/lib/domain/status-page/feeds";
import { renderIncidentPage, renderMaintenancePage, renderStatusPage } from "@/lib/domain/status-page/html-pages";
import { LIVE_LINKS } from "@/lib/domain/status-page/links";
import { statusJson } from "@/lib/domain/status-page/json";
import { publicIncident, publicMaintenance, type StatusSummary } from "@/lib/domain/status-page/summary";
import { appUrl } from "../app-url";
import { readIncidentRow, readMaintenanceRow } from "./read-rows";
import { hashOf } from "./hash";

export type Kind = "page" | "json" | "atom" | "rss" | "incident" | "maintenance";
export type Representation = { body: string; contentType: string; etag: string };

/** Marks where each response puts its CSP nonce on the live script (the rest is shared by all readers). */
export const NONCE_SLOT = "%%bridge-status-nonce%%";
const LIVE_TAIL = `<script src="/status/live.js" nonce="${NONCE_SLOT}"></script>`;
const HTML = "text/html; charset=utf-8";

export function feedOptions(siteName: string): FeedOptions {
  return {
    siteName,
    pageUrl: appUrl(LIVE_LINKS.home),
    selfUrl: appUrl(LIVE_LINKS.atom),
    incidentUrl: (id) => appUrl(LIVE_LINKS.incident(id)),
    maintenanceUrl: (id) => appUrl(LIVE_LINKS.maintenance(id)),
  };
}

/** Public component names by id, from the summary (hidden components are not in it). */
export function componentNames(s: StatusSummary): Map<string, string> {
  return new Map(s.groups.flatMap((g) => g.components.map((c) => [c.id, c.name] as const)));
}

/** An incident from the summary, or (older than its window) read on its own; null if never published. */
async function incidentOf(s: StatusSummary, id: string, db: Db) {
  const known = [...s.incidents, ...s.history].find((i) => i.id === id);
  if (known) return { item: known, inSummary: true };
  const row = await readIncidentRow(db, id);
  return row ? { item: publicIncident(row, componentNames(s)), inSummary: false } : null;
}

async function maintenanceOf(s: StatusSummary, id: string, db: Db) {
  const known = [...s.maintenance, ...s.pastMaintenance].find((m) => m.id === id);
  if (known) return { item: known, inSummary: true };
  const row = await readMaintenanceRow(db, id);
  return row ? { item: publicMaintenance(row, componentNames(s)), inSummary: false } : null;
}

const tagOf = (text: string) => `"${hashOf(text)}"`;

/**
 * Renders one representation. What comes from the summary is tagged by the summary's hash
 * (`version`), so the page can carry its own ETag for the live script; a detail page read
 * outside the summary is tagged by its body.
 */
export async function renderRepresentation(
  s: StatusSummary,
  kind: Kind,
  id: string | undefined,
  db: Db,
  version: string,
): Promise<Representation | null> {
  const etag = `"${kind}-${version}${id ? `-${hashOf(id)}` : ""}"`;
  const page = { links: LIVE_LINKS, siteName: s.siteName, tail: LIVE_TAIL, etag };
  switch (kind) {
    case "page":
      return { body: renderStatusPage(s, page), contentType: HTML, etag };
    case "json":
      return {
        body: JSON.stringify(statusJson(s, appUrl(LIVE_LINKS.home))),
        contentType: "application/json; charset=utf-8",
        etag,
      };
    case "atom":
      return {
        body: renderAtom(s, feedOptions(s.siteName)),
        contentType: "application/atom+xml; charset=utf-8",
        etag,
      };
    case "rss":
      return {
        body: renderRss(s, { ...feedOptions(s.siteName), selfUrl: appUrl(LIVE_LINKS.rss) }),
        contentType: "application/rss+xml; charset=utf-8",
        etag,
      };
    case "incident": {
      const found = id ? await incidentOf(s, id, db) : null;
      if (!found) return null;
      if (found.inSummary) return { body: renderIncidentPage(found.item, page), contentType: HTML, etag };
      const body = renderIncidentPage(found.item, { ...page, etag: undefined });
      return { body, contentType: HTML, etag: tagOf(body) };
    }
    case "maintenance": {
      const found = id ? await maintenanceOf(s, id, db) : null;
      if (!found) return null;
      if (found.inSummary) return { body: renderMaintenancePage(found.item, page), contentType: HTML, etag };
      const body = renderMaintenancePage(found.item, { ...page, etag: undefined });
      return { body, contentType: HTML, etag: tagOf(body) };
    }
  }
}
