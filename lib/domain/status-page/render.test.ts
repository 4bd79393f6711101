// Everything typed ends up escaped: the XSS corpus in every text field leaves no markup of its own
// in the page, and the feeds stay well-formed XML.
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtom, renderRss, type FeedOptions } from "./feeds";
import { renderIncidentPage, renderMaintenancePage, renderStatusPage } from "./html-pages";
import { LIVE_LINKS, snapshotLinks } from "./links";
import { statusJson } from "./json";
import { summarize } from "./summary";
import { NOW, rows } from "./test-rows";

const XSS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `]]><x>&amp;&lt;</x>`,
  `\u0001\u000b bad xml chars`,
  `{{constructor.constructor('alert(1)')()}}`,
].join(" ");

const feed: FeedOptions = {
  siteName: "Site <b>",
  pageUrl: "https://status.example/status",
  selfUrl: "https://status.example/status/feed.atom",
  incidentUrl: (id) => `https://status.example/status/incidents/${id}`,
  maintenanceUrl: (id) => `https://status.example/status/maintenance/${id}`,
};

describe("rendering with the XSS corpus in every field", () => {
  const s = summarize(rows(XSS), NOW);
  const pages = [
    renderStatusPage(s, { links: LIVE_LINKS, siteName: s.siteName }),
    renderIncidentPage(s.incidents[0], { links: snapshotLinks(1), siteName: s.siteName }),
    renderMaintenancePage(s.maintenance[0], { links: snapshotLinks(1), siteName: s.siteName }),
  ];

  it("writes no tag, attribute or URL of the attacker's into the HTML", () => {
    for (const html of pages) {
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<svg");
      // No event handler attribute in any real tag. Quoted values are dropped first: the corpus may
      // sit inside one as text, and its own quotes are escaped, so it cannot end the value early.
      expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son\w+=/i);
      expect(html).not.toMatch(/href="javascript:/);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  });

  it("keeps both feeds well-formed, with the text as text", () => {
    for (const xml of [renderAtom(s, feed), renderRss(s, feed)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(xml).not.toContain("\u0001");
    }
  });

  it("lists updates newest first in the feeds, maintenance included", () => {
    const atom = renderAtom(s, feed);
    const ids = [...atom.matchAll(/<id>[^<]*#([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(["maintenance-update-mu1", "update-u2", "update-u1", "update-u4", "update-u3"]);
  });

  it("links the feeds and JSON from the page as alternates", () => {
    expect(pages[0]).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(pages[0]).toContain('href="/status/feed.rss"');
    expect(pages[1]).toContain('href="../feed.atom"');
  });
});

describe("statusJson", () => {
  it("carries components with states, active incidents with their latest update, and maintenance", () => {
    const json = statusJson(summarize(rows(), NOW), "https://status.example/status");
    expect(json.status).toEqual({ state: "PARTIAL_OUTAGE", description: "Partial outage" });
    expect(json.components.map((c) => [c.slug, c.state])).toContainEqual(["api", "PARTIAL_OUTAGE"]);
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0].latestUpdate?.status).toBe("IDENTIFIED");
    expect(json.maintenance[0].status).toBe("IN_PROGRESS");
  });
});

describe("postmortem summary on the public incident", () => {
  it("is shown, escaped, under its own heading and in the JSON only when the row carries it", () => {
    const base = rows();
    const resolvedAt = new Date(NOW.getTime() - 3_600_000);
    const withSummary = {
      ...base,
      incidents: base.incidents.map((i) => ({
        ...i,
        postmortemSummary: { text: `A disk filled ${XSS}`, publishedAt: resolvedAt },
      })),
    };
    const s = summarize(withSummary, NOW);
    const page = renderIncidentPage(s.incidents[0], { links: LIVE_LINKS, siteName: s.siteName });
    expect(page).toContain('<h2 id="pm-h">Postmortem summary</h2>');
    expect(page).toContain("A disk filled &lt;script&gt;");
    expect(page).not.toContain("<script>alert");
    const json = statusJson(s, "https://status.example/status");
    expect(json.incidents[0].postmortemSummary?.text).toContain("A disk filled");
    expect(json.resolvedIncidents.length).toBeGreaterThan(0);
    expect(json.resolvedIncidents.every((i) => i.postmortemSummary?.text.startsWith("A disk filled"))).toBe(true);

    const plain = summarize(base, NOW);
    expect(renderIncidentPage(plain.incidents[0], { links: LIVE_LINKS, siteName: plain.siteName })).not.toContain(
      "Postmortem summary",
    );
    expect(statusJson(plain, "https://status.example/status").incidents[0].postmortemSummary).toBeNull();
  });
});
