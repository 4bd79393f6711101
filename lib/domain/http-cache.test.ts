import { describe, expect, it } from "vitest";
import { httpDate, isNotModified } from "./http-cache";

const current = { etag: '"page-abc"', lastModified: new Date("2026-11-30T10:00:00.750Z") };
const ask = (ifNoneMatch: string | null, ifModifiedSince: string | null = null) =>
  isNotModified({ ifNoneMatch, ifModifiedSince }, current);

describe("conditional GET", () => {
  it("answers 304 to a matching ETag, in a list, weak or as *", () => {
    expect(ask('"page-abc"')).toBe(true);
    expect(ask('"x", "page-abc"')).toBe(true);
    expect(ask('W/"page-abc"')).toBe(true);
    expect(ask("*")).toBe(true);
    expect(ask('"page-old"')).toBe(false);
  });

  it("lets If-None-Match win over If-Modified-Since", () => {
    expect(ask('"page-old"', httpDate(new Date("2027-01-01T00:00:00Z")))).toBe(false);
  });

  it("compares If-Modified-Since at whole seconds and ignores a bad date", () => {
    expect(ask(null, "Mon, 30 Nov 2026 10:00:00 GMT")).toBe(true);
    expect(ask(null, "Mon, 30 Nov 2026 09:59:59 GMT")).toBe(false);
    expect(ask(null, "yesterday")).toBe(false);
    expect(ask(null, null)).toBe(false);
  });

  it("writes HTTP dates", () => {
    expect(httpDate(new Date("2026-11-30T10:00:00Z"))).toBe("Mon, 30 Nov 2026 10:00:00 GMT");
  });
});
