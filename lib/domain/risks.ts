// The risk register's rules: when a review is overdue, when the next one falls due, and the
// probability × impact heat map.
import { LEVELS, type Level } from "./level";

export const REVIEW_INTERVAL_DAYS = 90;

/** A review is overdue once its due time has passed; a risk with no due date is never overdue. */
export function reviewOverdue(risk: { reviewDueAt: Date | null }, now: Date): boolean {
  return risk.reviewDueAt !== null && risk.reviewDueAt < now;
}

/** The default next review after one done at `now`. */
export function nextReviewDue(now: Date, days = REVIEW_INTERVAL_DAYS): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

export type HeatCell = { probability: Level; impact: Level; count: number };

/** Rows by probability (highest first, as a matrix is read), columns by impact (lowest first). */
export function heatMap(risks: { probability: Level; impact: Level }[]): HeatCell[][] {
  return [...LEVELS].reverse().map((probability) =>
    LEVELS.map((impact) => ({
      probability,
      impact,
      count: risks.filter((r) => r.probability === probability && r.impact === impact).length,
    })),
  );
}
