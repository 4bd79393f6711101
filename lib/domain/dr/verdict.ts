// validate_recovery_metrics: whether a DR test run passed, and in plain words why not.

export type CriterionOutcome = { criterion: string; met: boolean; note: string };

export type RunFacts = {
  actualRtoMinutes: number | null;
  actualRpoMinutes: number | null;
  expectedRtoMinutes: number | null;
  expectedRpoMinutes: number | null;
  criteria: CriterionOutcome[];
};

/** One reason a run failed; each becomes an action item. */
export type Shortfall = { kind: "rto" | "rpo" | "criterion"; title: string };

export type Verdict = { passed: boolean; shortfalls: Shortfall[] };

/** The test's success criteria, one per line, blank lines ignored. */
export const criteriaOf = (successCriteria: string) =>
  successCriteria
    .split("\n")
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * Passed iff the actual RTO and RPO are within the expected ones (where a target exists) and
 * every criterion is met. A target without a measurement is a shortfall: it was not shown to hold.
 */
export function validateRecoveryMetrics(run: RunFacts): Verdict {
  const shortfalls: Shortfall[] = [];
  const objective = (kind: "rto" | "rpo", actual: number | null, expected: number | null) => {
    if (expected === null) return;
    const name = kind.toUpperCase();
    if (actual === null) shortfalls.push({ kind, title: `${name} not measured (target ${expected} min)` });
    else if (actual > expected)
      shortfalls.push({ kind, title: `${name} missed: ${actual} min against ${expected} min` });
  };
  objective("rto", run.actualRtoMinutes, run.expectedRtoMinutes);
  objective("rpo", run.actualRpoMinutes, run.expectedRpoMinutes);
  for (const c of run.criteria)
    if (!c.met)
      shortfalls.push({ kind: "criterion", title: `Criterion not met: ${c.criterion}${c.note ? ` — ${c.note}` : ""}` });
  return { passed: shortfalls.length === 0, shortfalls };
}

/** Actual RTO of a drill: whole minutes from its declaration to its resolution, rounded up. */
export const drillRtoMinutes = (declaredAt: Date, resolvedAt: Date) =>
  Math.max(0, Math.ceil((resolvedAt.getTime() - declaredAt.getTime()) / 60_000));
