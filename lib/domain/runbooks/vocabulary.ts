// The words of runbooks and their runs, in one place: step outcomes, the stale rule's bound,
// and the text limits the editor, its actions and the services share.

export const STEP_OUTCOMES = ["DONE", "SKIPPED", "FAILED"] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

export const STEP_OUTCOME_LABELS: Record<StepOutcome, string> = {
  DONE: "Done",
  SKIPPED: "Skipped",
  FAILED: "Failed",
};

/** A runbook nobody has exercised for this long may no longer match the systems it recovers. */
export const STALE_AFTER_DAYS = 90;

export const RUNBOOK_LIMITS = {
  key: 60,
  title: 200,
  category: 60,
  description: 4000,
  stepTitle: 200,
  stepText: 4000,
  note: 1000,
  steps: 100,
} as const;
