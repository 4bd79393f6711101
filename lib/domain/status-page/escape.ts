// Everything on the public page, in its JSON and feeds is text a person typed: it is escaped at
// the one point where it becomes markup, whatever it contains.

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML[c]);
}

// Characters XML 1.0 cannot hold at all, even escaped: a feed containing one is not well-formed.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML element or attribute (Atom, RSS). */
export function escapeXml(value: string): string {
  return escapeHtml(value.replace(NOT_XML, ""));
}
