import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "./audit";

describe("auditFilterSchema", () => {
  it("reads an empty form as no filter, 50 rows a page", () => {
    expect(auditFilterSchema.parse({ actor: "", action: "", entityType: "", from: "", to: "", cursor: "" })).toEqual({
      take: 50,
    });
  });

  it("reads a bare `to` date as the end of that day, so the whole day is included", () => {
    expect(auditFilterSchema.parse({ to: "2026-03-04" }).to).toEqual(new Date("2026-03-04T23:59:59.999Z"));
  });

  it("reads a bare `from` date as the start of that day", () => {
    expect(auditFilterSchema.parse({ from: "2026-03-04" }).from).toEqual(new Date("2026-03-04T00:00:00.000Z"));
  });

  it("keeps a `to` that carries a time as given", () => {
    expect(auditFilterSchema.parse({ to: "2026-03-04T08:30:00Z" }).to).toEqual(new Date("2026-03-04T08:30:00Z"));
  });

  it("names a date that cannot be read", () => {
    const result = auditFilterSchema.safeParse({ from: "yesterday-ish" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["from", "Enter a valid date"]]);
  });

  it("trims text filters and reads the page size from a query string", () => {
    expect(auditFilterSchema.parse({ actor: "  admin@bridge.local ", take: "10" })).toEqual({
      actor: "admin@bridge.local",
      take: 10,
    });
  });

  it("bounds the page size", () => {
    expect(auditFilterSchema.safeParse({ take: "0" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ take: "201" }).success).toBe(false);
    expect(auditFilterSchema.parse({ take: "200" }).take).toBe(200);
  });
});
