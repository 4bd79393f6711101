import { describe, expect, it } from "vitest";
import { PLACEHOLDER_NAMES, type PlaceholderValues } from "./placeholders";
import { renderTemplate } from "./template-render";

// Hostile values: markup, attribute breaks, script URLs, placeholder syntax, entities, and
// characters that change how text reads or breaks JSON and JavaScript.
const CORPUS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "javascript:alert(document.cookie)",
  '<a href="javascript:alert(1)">click</a>',
  "{{service_name}} {{constructor}}",
  "{impact_description}",
  "&lt;script&gt; &amp; &#x3C;",
  "</p><iframe srcdoc='<script>alert(1)</script>'>",
  "\u202Egnp.exe\u202C and \u2066isolate\u2069",
  "line\u2028separator\u2029paragraph",
  "nul\u0000bell\u0007esc\u001B[31m del\u007F c1\u0085",
  "<<script>script>alert(1)<</script>/script>",
  "\uFF1Cscript\uFF1E fullwidth",
  "`${alert(1)}` \\u003cscript\\u003e",
];

const TEMPLATE = {
  subject: "Alert: {service_name} {severity_level}",
  body: PLACEHOLDER_NAMES.map((n) => `${n}: {${n}}`).join("\n") + "\n\nSecond paragraph {impact_description}",
  shortText: "{service_name}: {impact_description} next {next_update_time}",
};

const ALLOWED_TAG = /<(?:p|\/p|br)>/g;

/** Tags left once the renderer's own are removed: none may remain, nor any quote or angle bracket. */
function foreignMarkup(html: string): string[] {
  const rest = html.replace(ALLOWED_TAG, "");
  return [...rest.matchAll(/[<>"']/g)].map((m) => m[0]);
}

/** The renderer's tags must nest: every <p> is closed before the next opens. */
function paragraphsBalanced(html: string): boolean {
  let open = false;
  for (const [tag] of html.matchAll(/<\/?p>/g)) {
    if ((tag === "<p>") === open) return false;
    open = !open;
  }
  return !open;
}

/** The text a browser would show, decoding the five entities the renderer writes. */
function shown(html: string): string {
  const decode: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };
  return html
    .replace(/<br>\n?/g, "\n")
    .replace(/<\/?p>/g, "")
    .replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => decode[e]);
}

describe("renderTemplate with a hostile value in every placeholder", () => {
  it.each(CORPUS)("keeps %j inert in every channel", (hostile) => {
    const values = Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, hostile])) as PlaceholderValues;
    const r = renderTemplate(TEMPLATE, values);

    expect(foreignMarkup(r.html)).toEqual([]);
    expect(paragraphsBalanced(r.html)).toBe(true);
    expect(r.html).not.toMatch(/<(?:script|img|svg|iframe|a)\b/i);
    // What a reader sees is the value itself, minus the characters that are dropped everywhere.
    expect(shown(r.html)).toBe(r.text.replace(/\n\s*\n/g, "\n"));

    for (const out of [r.subject, r.text, r.short]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/);
    }
    expect(r.subject).not.toContain("\n");
    expect(r.short).not.toMatch(/[\n\t]/);
    // The JSON encoder quotes it, and it reads back unchanged.
    expect(JSON.parse(JSON.stringify({ text: r.short })).text).toBe(r.short);
    // A value is never expanded as a placeholder, and nothing is missing: every one had a value.
    expect(r.missing).toEqual([]);
    expect(r.unknown).toEqual([]);
  });
});

describe("renderTemplate with hostile template text", () => {
  it("escapes the template's own markup as well as values", () => {
    const r = renderTemplate(
      { subject: "<b>{status}</b>", body: '<script>x</script>\n"quoted" {status}', shortText: "<i>{status}</i>" },
      { status: "<img onerror=1>" },
    );
    expect(r.html).toBe("<p>&lt;script&gt;x&lt;/script&gt;<br>\n&quot;quoted&quot; &lt;img onerror=1&gt;</p>");
    expect(r.subject).toBe("<b><img onerror=1></b>");
    expect(r.short).toBe("<i><img onerror=1></i>");
  });
});

describe("renderTemplate", () => {
  it("turns paragraphs and line breaks into HTML", () => {
    const r = renderTemplate({ subject: "S", body: "a\nb\n\n\nc", shortText: "" }, {});
    expect(r.text).toBe("a\nb\n\n\nc");
    expect(r.html).toBe("<p>a<br>\nb</p>\n<p>c</p>");
  });

  it("reports known placeholders with no value as missing and keeps them visible, never blank", () => {
    const r = renderTemplate(
      { subject: "{service_name}", body: "Root cause: {root_cause_summary}\nAt {resolution_time}", shortText: "" },
      { service_name: "Docs", root_cause_summary: "   " },
    );
    expect(r.missing).toEqual(["root_cause_summary", "resolution_time"]);
    expect(r.text).toBe("Root cause: {root_cause_summary}\nAt {resolution_time}");
    expect(r.short).toBe("Docs");
  });

  it("reports unknown placeholders apart from missing ones", () => {
    const r = renderTemplate({ subject: "{servce_name}", body: "{status}", shortText: "{status} {foo}" }, {});
    expect(r.unknown).toEqual(["servce_name", "foo"]);
    expect(r.missing).toEqual(["status"]);
  });

  it("folds a multi-line value into one line in the subject and the short text", () => {
    const r = renderTemplate(
      { subject: "Impact: {impact_description}", body: "{impact_description}", shortText: "{impact_description}" },
      { impact_description: "Builds fail\r\nand docs\tare stale" },
    );
    expect(r.subject).toBe("Impact: Builds fail and docs are stale");
    expect(r.short).toBe("Builds fail and docs are stale");
    expect(r.text).toBe("Builds fail\nand docs\tare stale");
  });
});
