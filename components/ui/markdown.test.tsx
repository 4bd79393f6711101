// What a postmortem author types must never run in a reader's browser.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

const CORPUS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  '<a href="javascript:alert(1)">x</a>',
  "<iframe src=https://example.com></iframe>",
  '<svg onload="alert(1)"></svg>',
  "<details open ontoggle=alert(1)>",
  "[x](//evil.example/path)",
  "<style>body{display:none}</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
];

describe("Markdown", () => {
  it.each(CORPUS)("executes nothing from %s", (source) => {
    const out = html(source);
    expect(out).not.toMatch(/<(script|iframe|svg|style|details)\b/i);
    expect(out).not.toMatch(/\s(on[a-z]+|style)=/i);
    expect(out).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
    expect(out).not.toMatch(/(href|src)="\/\//);
  });

  it("keeps ordinary formatting and safe links", () => {
    const out = html(
      "**bold** [docs](https://example.com/a) [mail](mailto:a@example.com)\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain('href="https://example.com/a"');
    expect(out).toContain('href="mailto:a@example.com"');
    // A table is a keyboard stop: it scrolls sideways on a phone.
    expect(out).toContain('<table tabindex="0">');
  });
});
