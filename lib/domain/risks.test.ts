import { describe, expect, it } from "vitest";
import { reviewRiskSchema, riskSchema } from "./risk-input";
import { heatMap, nextReviewDue, reviewOverdue } from "./risks";

const NOW = new Date("2026-11-15T12:00:00Z");

describe("risk reviews", () => {
  it("is overdue only after its due time; no due date is never overdue", () => {
    expect(reviewOverdue({ reviewDueAt: new Date("2026-11-15T11:59:00Z") }, NOW)).toBe(true);
    expect(reviewOverdue({ reviewDueAt: new Date("2026-11-15T23:59:59Z") }, NOW)).toBe(false);
    expect(reviewOverdue({ reviewDueAt: null }, NOW)).toBe(false);
  });

  it("falls due 90 days after a review by default", () => {
    expect(nextReviewDue(NOW).toISOString()).toBe("2027-02-13T12:00:00.000Z");
  });

  it("reads a date box as due by the end of that day, and names a bad date", () => {
    const ok = reviewRiskSchema.parse({ id: "r1", nextReviewDueAt: "2027-02-13" });
    expect(ok.nextReviewDueAt.toISOString()).toBe("2027-02-13T23:59:59.999Z");
    const bad = reviewRiskSchema.safeParse({ id: "r1", nextReviewDueAt: "next year" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["nextReviewDueAt"], message: "Enter a date as YYYY-MM-DD" });
  });

  it("requires a title and known levels", () => {
    const bad = riskSchema.safeParse({
      title: " ",
      probability: "HUGE",
      impact: "LOW",
      mitigationPriority: "LOW",
      mitigation: "",
    });
    expect(bad.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["title", "Title is required"],
      ["probability", "Choose LOW, MEDIUM, HIGH or CRITICAL"],
    ]);
  });
});

describe("heat map", () => {
  it("counts risks per probability × impact cell, highest probability first", () => {
    const grid = heatMap([
      { probability: "MEDIUM", impact: "HIGH" },
      { probability: "MEDIUM", impact: "HIGH" },
      { probability: "LOW", impact: "CRITICAL" },
    ]);
    expect(grid.map((row) => row[0].probability)).toEqual(["CRITICAL", "HIGH", "MEDIUM", "LOW"]);
    expect(grid[2][2]).toEqual({ probability: "MEDIUM", impact: "HIGH", count: 2 });
    expect(grid[3][3]).toEqual({ probability: "LOW", impact: "CRITICAL", count: 1 });
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
