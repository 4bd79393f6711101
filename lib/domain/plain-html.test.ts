import { describe, expect, it } from "vitest";
import { escapeHtml, plainTextToHtml } from "./plain-html";

describe("plain text as e-mail HTML", () => {
  it("escapes markup so typed text never becomes HTML", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(plainTextToHtml('<img src=x onerror="a()">')).toBe("<p>&lt;img src=x onerror=&quot;a()&quot;&gt;</p>");
  });
  it("keeps paragraphs and line breaks", () => {
    expect(plainTextToHtml("one\ntwo\n\nthree")).toBe("<p>one<br>two</p>\n<p>three</p>");
  });
});
