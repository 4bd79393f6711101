import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml, textToHtml } from "./html";

describe("text as HTML", () => {
  it("escapes markup so typed text never becomes HTML", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(textToHtml('<img src=x onerror="a()">')).toBe("<p>&lt;img src=x onerror=&quot;a()&quot;&gt;</p>");
  });
  it("keeps paragraphs and line breaks", () => {
    expect(textToHtml("one\ntwo\n\nthree")).toBe("<p>one<br>\ntwo</p>\n<p>three</p>");
  });
  it("drops characters XML cannot hold", () => {
    expect(escapeXml("a\u0000b\u0007<c>")).toBe("ab&lt;c&gt;");
  });
});
