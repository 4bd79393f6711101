import { describe, expect, it } from "vitest";
import {
  amendsRevision,
  highlightParts,
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  isPostmortemOverdue,
  REVISION_COALESCE_MS,
  saveSectionSchema,
  searchPostmortemsSchema,
  SECTION_BODY_MAX,
} from "./write";

const now = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("amendsRevision", () => {
  it("amends the same person's revision younger than the window", () => {
    expect(amendsRevision({ authorId: "a", createdAt: ago(60_000) }, "a", now)).toBe(true);
    expect(amendsRevision({ authorId: "a", createdAt: ago(REVISION_COALESCE_MS - 1) }, "a", now)).toBe(true);
  });

  it("adds a revision after the window, for another person, for nobody, or when there is none", () => {
    expect(amendsRevision({ authorId: "a", createdAt: ago(REVISION_COALESCE_MS) }, "a", now)).toBe(false);
    expect(amendsRevision({ authorId: "b", createdAt: ago(1000) }, "a", now)).toBe(false);
    expect(amendsRevision({ authorId: null, createdAt: ago(1000) }, null, now)).toBe(false);
    expect(amendsRevision(null, "a", now)).toBe(false);
  });

  it("does not amend a revision dated after now (a clock step back)", () => {
    expect(amendsRevision({ authorId: "a", createdAt: new Date(now.getTime() + 1000) }, "a", now)).toBe(false);
  });
});

describe("isPostmortemOverdue", () => {
  it("is overdue only past the due date and before publication", () => {
    expect(isPostmortemOverdue(ago(1), "DRAFT", now)).toBe(true);
    expect(isPostmortemOverdue(ago(1), null, now)).toBe(true);
    expect(isPostmortemOverdue(ago(1), "PUBLISHED", now)).toBe(false);
    expect(isPostmortemOverdue(new Date(now.getTime() + 1), "IN_REVIEW", now)).toBe(false);
    expect(isPostmortemOverdue(null, "DRAFT", now)).toBe(false);
  });
});

describe("saveSectionSchema", () => {
  const base = { postmortemId: "pm1", key: "SUMMARY", baseVersion: "3" };

  it("keeps the text as typed apart from line breaks, and reads the version from a form", () => {
    const parsed = saveSectionSchema.parse({ ...base, body: "  Hello\r\nworld  \n" });
    expect(parsed).toEqual({ postmortemId: "pm1", key: "SUMMARY", baseVersion: 3, body: "  Hello\nworld  \n" });
  });

  it("names the field of each mistake", () => {
    const result = saveSectionSchema.safeParse({ postmortemId: "", key: "TIMELINE", body: "a\u0000", baseVersion: -1 });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join("."));
    expect(fields.sort()).toEqual(["baseVersion", "body", "key", "postmortemId"]);
  });

  it("refuses a text over the limit with a message that says how long it may be", () => {
    const result = saveSectionSchema.safeParse({ ...base, body: "x".repeat(SECTION_BODY_MAX + 1) });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["body"],
      message: expect.stringMatching(/^At most 100,000/),
    });
    expect(saveSectionSchema.safeParse({ ...base, body: "x".repeat(SECTION_BODY_MAX) }).success).toBe(true);
  });
});

describe("searchPostmortemsSchema", () => {
  it("treats blanks as no filter and refuses an unknown status", () => {
    expect(searchPostmortemsSchema.parse({ q: "", status: "" })).toEqual({});
    expect(searchPostmortemsSchema.parse({ q: " disk full ", status: "DRAFT" })).toEqual({
      q: "disk full",
      status: "DRAFT",
    });
    expect(searchPostmortemsSchema.safeParse({ status: "LOST" }).success).toBe(false);
  });
});

describe("highlightParts", () => {
  it("splits a snippet at the markers", () => {
    expect(highlightParts(`the ${S}disk${E} was ${S}full${E}.`)).toEqual([
      { text: "the ", match: false },
      { text: "disk", match: true },
      { text: " was ", match: false },
      { text: "full", match: true },
      { text: ".", match: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    expect(highlightParts(`<b>${S}x${E}</b>`)).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
    expect(highlightParts("")).toEqual([]);
  });
});
