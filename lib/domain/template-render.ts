// A template rendered for each channel: plain text (and a one-line subject) for e-mail, an HTML body
// in which every character of the template and of each value is escaped, and a short text for
// webhooks and chat that is safe to hand to a JSON encoder.
import { textToHtml } from "./html";
import { isPlaceholder, placeholdersIn, substitute, type PlaceholderValues } from "./placeholders";

export type TemplateText = { subject: string; body: string; shortText: string };

export type RenderedTemplate = {
  subject: string;
  text: string;
  html: string;
  short: string;
  /** Known placeholders with no value for this message: left visible as `{name}`, never blank. */
  missing: string[];
  /** Placeholders the vocabulary does not know: left visible as `{name}`. */
  unknown: string[];
};

// Bidirectional overrides and isolates can make text read differently from what it is, so they
// are dropped; U+2028/U+2029 are line breaks to a reader, so they become one.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text as it may appear in any channel: \n line breaks, no control or direction-changing characters. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(BIDI, "")
    .replace(CONTROL, "");
}

/** One line: every run of white space (line breaks included) becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function fill(template: string, values: PlaceholderValues, missing: Set<string>, unknown: Set<string>): string {
  return substitute(cleanText(template), (name, whole) => {
    if (!isPlaceholder(name)) {
      unknown.add(name);
      return whole;
    }
    const value = cleanText(values[name] ?? "").trim();
    if (!value) {
      missing.add(name);
      return whole;
    }
    return value;
  });
}

/** Renders each channel's variant; without a short text, the subject stands in for it. */
export function renderTemplate(template: TemplateText, values: PlaceholderValues): RenderedTemplate {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const subject = oneLine(fill(template.subject, values, missing, unknown));
  const text = fill(template.body, values, missing, unknown).trim();
  const short = template.shortText.trim() ? oneLine(fill(template.shortText, values, missing, unknown)) : subject;
  const order = placeholdersIn(`${template.subject}\n${template.body}\n${template.shortText}`);
  return {
    subject,
    text,
    html: textToHtml(text),
    short,
    missing: order.filter((n) => missing.has(n)),
    unknown: order.filter((n) => unknown.has(n)),
  };
}
