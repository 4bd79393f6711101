import "server-only";
import { STATUS_CSS } from "@/lib/domain/status-page/css";
import { renderAtom, renderRss } from "@/lib/domain/status-page/feeds";
import { renderIncidentPage, renderMaintenancePage, renderStatusPage } from "@/lib/domain/status-page/html-pages";
import { LIVE_LINKS, snapshotLinks } from "@/lib/domain/status-page/links";
import { statusJson } from "@/lib/domain/status-page/json";
import type { StatusSummary } from "@/lib/domain/status-page/summary";
import { appUrl } from "../app-url";
import { feedOptions } from "./represent";

/**
 * The snapshot's files by relative path. Pages link to each other relatively and carry no script,
 * so any static server or bucket can serve the directory as it is. The index comes last: it is
 * renamed into place after the pages it links to.
 */
export function snapshotFiles(s: StatusSummary): [string, string][] {
  const page = (depth: number) => ({ links: snapshotLinks(depth), siteName: s.siteName });
  const feeds = feedOptions(s.siteName);
  return [
    ["status.css", STATUS_CSS],
    ...[...s.incidents, ...s.history].map((i): [string, string] => [
      `incidents/${encodeURIComponent(i.id)}.html`,
      renderIncidentPage(i, page(1)),
    ]),
    ...[...s.maintenance, ...s.pastMaintenance].map((m): [string, string] => [
      `maintenance/${encodeURIComponent(m.id)}.html`,
      renderMaintenancePage(m, page(1)),
    ]),
    ["status.json", JSON.stringify(statusJson(s, appUrl(LIVE_LINKS.home)), null, 2)],
    ["feed.atom", renderAtom(s, feeds)],
    ["feed.rss", renderRss(s, { ...feeds, selfUrl: appUrl(LIVE_LINKS.rss) })],
    ["index.html", renderStatusPage(s, page(0))],
  ];
}
