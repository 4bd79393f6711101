import { describe, expect, it } from "vitest";
import { REVIEW_COMMENT_SECTIONS } from "../postmortem-status";
import {
  decideReviewSchema,
  publicSummarySchema,
  publishBlocker,
  requestReviewSchema,
  reviewSectionLabel,
} from "./review";

describe("publishBlocker", () => {
  it("needs an approval of the current revision", () => {
    expect(publishBlocker("DRAFT", [])).toMatch(/Request a review first/);
    expect(publishBlocker("IN_REVIEW", [{ state: "REQUESTED" }])).toBe("Waiting for an approval.");
    expect(publishBlocker("IN_REVIEW", [{ state: "APPROVED" }, { state: "REQUESTED" }])).toBeNull();
  });

  it("is held by an outstanding request for changes, even beside an approval", () => {
    expect(publishBlocker("IN_REVIEW", [{ state: "APPROVED" }, { state: "CHANGES_REQUESTED" }])).toMatch(
      /requested changes/,
    );
  });

  it("refuses to publish twice", () => {
    expect(publishBlocker("PUBLISHED", [{ state: "APPROVED" }])).toBe("Already published.");
  });
});

describe("review input", () => {
  it("needs at least one reviewer", () => {
    const r = requestReviewSchema.safeParse({ postmortemId: "p", reviewerIds: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["reviewerIds"], message: "Choose at least one reviewer" });
  });

  it("asks for a message or a comment when changes are requested, not for an approval", () => {
    expect(decideReviewSchema.safeParse({ postmortemId: "p", decision: "APPROVED" }).success).toBe(true);
    const bare = decideReviewSchema.safeParse({ postmortemId: "p", decision: "CHANGES_REQUESTED", message: "  " });
    expect(bare.error?.issues[0].path).toEqual(["message"]);
    const commented = decideReviewSchema.safeParse({
      postmortemId: "p",
      decision: "CHANGES_REQUESTED",
      comments: [{ section: "ROOT_CAUSE", body: "Go one level deeper" }],
    });
    expect(commented.success).toBe(true);
    const wrongSection = decideReviewSchema.safeParse({
      postmortemId: "p",
      decision: "CHANGES_REQUESTED",
      comments: [{ section: "NOT_A_SECTION", body: "x" }],
    });
    expect(wrongSection.error?.issues[0].path).toEqual(["comments", 0, "section"]);
  });

  it("will not publish an empty public summary", () => {
    const r = publicSummarySchema.safeParse({ postmortemId: "p", publicSummary: " ", publish: "on" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["publicSummary"] });
    expect(publicSummarySchema.parse({ postmortemId: "p", publicSummary: "", publish: undefined }).publish).toBe(false);
  });
});

describe("reviewSectionLabel", () => {
  it("names every section a comment may be about", () => {
    expect(REVIEW_COMMENT_SECTIONS.map(reviewSectionLabel)).toEqual([
      "Summary",
      "Timeline",
      "Root cause analysis",
      "Contributing factors",
      "Lessons learned",
      "Action items",
      "Process improvements",
      "The whole postmortem",
    ]);
  });
});
