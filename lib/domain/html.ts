// Text becomes markup at exactly one place: every character that means something in HTML or XML is
// escaped here, so text a person typed (or filled from an incident) can never become markup —
// on the status page, in its feeds, and in every e-mail's HTML.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// Characters XML 1.0 cannot hold at all, even escaped: a feed containing one is not well-formed.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element or attribute (Atom, RSS). */
export function escapeXml(value: string): string {
  return escapeHtml(value.replace(NOT_XML, ""));
}

/** Escaped text as HTML: blank lines separate paragraphs, single line breaks become <br>. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>\n")}</p>`)
    .join("\n");
}
