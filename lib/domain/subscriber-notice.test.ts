import { describe, expect, it } from "vitest";
import { escapeHtml, renderNotice, type NoticeInput } from "./subscriber-notice";

// Strings that execute or break out when pasted into HTML unescaped.
const XSS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg onload=alert(1)>`,
  `</p><iframe src="javascript:alert(1)"></iframe>`,
  `<a href="javascript:alert(1)">x</a>`,
  `&lt;script&gt;alert(1)&lt;/script&gt;`,
  `<style>@import'//evil'</style>`,
];

const base: NoticeInput = {
  kind: "incident",
  title: "API errors",
  state: "Identified",
  message: "We found the cause.\n\nA fix is rolling out.",
  components: ["API"],
  publishedAt: new Date("2026-11-30T02:00:00Z"),
  nextUpdateAt: new Date("2026-11-30T02:30:00Z"),
  statusUrl: "https://status.example/status",
  manageUrl: "https://status.example/status/subscriptions/manage/t",
  unsubscribeUrl: "https://status.example/status/unsubscribe/t",
};

/** Nothing a person wrote survives as markup: no tag or attribute but the template's own. */
function tagsOf(html: string): string[] {
  return [...html.matchAll(/<([a-z0-9!/]+)/gi)].map((m) => m[1].toLowerCase());
}
const TEMPLATE_TAGS = new Set([
  "!doctype",
  "html",
  "body",
  "/body",
  "/html",
  "p",
  "/p",
  "h1",
  "/h1",
  "strong",
  "/strong",
  "br",
  "a",
  "/a",
  "hr",
]);

describe("subscriber e-mail", () => {
  it("says what, where and when, with the links", () => {
    const notice = renderNotice(base);
    expect(notice.subject).toBe("[Identified] API errors");
    expect(notice.text).toContain("Incident: API errors");
    expect(notice.text).toContain("Affected: API");
    expect(notice.text).toContain("Next update by 2026-11-30 02:30 UTC.");
    expect(notice.text).toContain(`Unsubscribe: ${base.unsubscribeUrl}`);
    expect(notice.html).toContain(`<a href="${base.unsubscribeUrl}">Unsubscribe</a>`);
    expect(notice.html).toContain("<p>We found the cause.</p>\n<p>A fix is rolling out.</p>");
  });

  it.each(XSS)("escapes %s in every field a person writes", (evil) => {
    const notice = renderNotice({
      ...base,
      title: evil,
      state: evil,
      message: `${evil}\n\n${evil}`,
      subject: evil,
      components: [evil],
    });
    for (const tag of tagsOf(notice.html)) expect(TEMPLATE_TAGS.has(tag), tag).toBe(true);
    for (const tag of notice.html.match(/<[^>]*>/g) ?? []) {
      const attributes = [...tag.matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1]);
      expect(
        attributes.every((a) => a === "href" || a === "style"),
        tag,
      ).toBe(true);
      expect(tag).not.toMatch(/href="(?!https:|#)/);
    }
    expect(notice.html).toContain(escapeHtml(evil));
  });

  it("keeps subjects to one line and links to http(s)", () => {
    const notice = renderNotice({ ...base, subject: "a\r\nBcc: x@y.z", statusUrl: "javascript:alert(1)" });
    expect(notice.subject).toBe("a Bcc: x@y.z");
    expect(notice.html).toContain(`<a href="#">View the status page</a>`);
  });
});
