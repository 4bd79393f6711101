// Input shapes of the risk register and the failure scenarios as a DR manager edits them; shared
// by the forms, their actions and the services.
import { z } from "zod";
import { LEVELS } from "./level";
import { ID_MAX, optionalText, text } from "./text";
import { chooseOne } from "./vocabulary";

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);
const level = z.enum(LEVELS, { error: chooseOne(LEVELS) });

/**
 * A date as the browser's date box sends it ("2026-12-31"). The review is due by the end of that
 * day, so a review due today is not overdue until tomorrow.
 */
export const reviewDate = z
  .string({ error: "Enter a date" })
  .trim()
  .min(1, "Enter a date")
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
    message: "Enter a date as YYYY-MM-DD",
    abort: true,
  })
  .transform((v) => new Date(`${v}T23:59:59.999Z`));

/** "2026-12-31": the form value of a stored due date. */
export function dateValue(at: Date | null): string {
  return at ? at.toISOString().slice(0, 10) : "";
}

export const riskSchema = z.object({
  /** Absent when adding. */
  id: optionalText(ID_MAX),
  title: text(200, { error: "Title is required" }).min(1, "Title is required"),
  probability: level,
  impact: level,
  mitigationPriority: level,
  mitigation: text(2000),
  ownerId: optionalText(ID_MAX),
  reviewDueAt: z.preprocess((v) => (v === "" || v === null ? undefined : v), reviewDate.optional()),
});
export type RiskInput = z.infer<typeof riskSchema>;

export const riskIdSchema = z.object({ id: id("Risk") });

/** Marking reviewed: the next review is due on `nextReviewDueAt` (the form offers +90 days). */
export const reviewRiskSchema = z.object({ id: id("Risk"), nextReviewDueAt: reviewDate });

/** A scenario's runbook; an empty choice unlinks it. */
export const scenarioRunbookSchema = z.object({ id: id("Scenario"), runbookId: optionalText(ID_MAX) });
