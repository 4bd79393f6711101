// The document around every public status page: no console chrome, the feeds and JSON linked
// as alternates, and one <main> whose content the live script swaps when the page changes.
import { escapeHtml as e } from "../html";
import type { StatusLinks } from "./links";

export type PageOptions = {
  links: StatusLinks;
  /** The service the page is about (the plan's service name). */
  siteName: string;
  /** Identifies this version of the content; the live script sends it back as If-None-Match. */
  etag?: string;
  /** Markup placed before </body> (the live script tag); trusted, never user text. */
  tail?: string;
};

export function document(title: string, main: string, options: PageOptions): string {
  const { links, siteName } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · ${e(siteName)} status</title>
<link rel="stylesheet" href="${e(links.css)}">
<link rel="alternate" type="application/atom+xml" title="${e(siteName)} status updates (Atom)" href="${e(links.atom)}">
<link rel="alternate" type="application/rss+xml" title="${e(siteName)} status updates (RSS)" href="${e(links.rss)}">
<link rel="alternate" type="application/json" title="${e(siteName)} status summary (JSON)" href="${e(links.json)}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><a class="brand" href="${e(links.home)}">${e(siteName)} status</a></header>
<main id="main" tabindex="-1"${options.etag ? ` data-etag="${e(options.etag)}"` : ""}>
${main}
</main>
<p id="live-note" class="sr-only" role="status"></p>
<footer class="foot">
<p>Follow updates: ${links.subscribe ? `<a href="${e(links.subscribe)}">Get e-mail updates</a> · ` : ""}<a href="${e(links.atom)}">Atom feed</a> · <a href="${e(links.rss)}">RSS feed</a> · <a href="${e(links.json)}">JSON summary</a></p>
</footer>
${options.tail ?? ""}
</body>
</html>
`;
}
