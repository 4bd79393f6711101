// The HTML alternative of a plain-text e-mail: every character that means something in HTML is
// escaped, so text typed by a person (or filled from an incident) can never become markup.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Paragraphs at blank lines, line breaks within them. */
export function plainTextToHtml(value: string): string {
  return value
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}
