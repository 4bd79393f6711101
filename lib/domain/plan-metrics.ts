// DR_PLAN_METRICS computed from recorded DR test runs and runbook runs.
import { nextDue } from "./dr/schedule";

export type TestRunFacts = {
  passed: boolean | null;
  actualRtoMinutes: number | null;
  actualRpoMinutes: number | null;
  expectedRtoMinutes: number | null;
  expectedRpoMinutes: number | null;
};

export type Percent = { value: number | null; numerator: number; denominator: number };

export function percent(numerator: number, denominator: number): Percent {
  return {
    value: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10,
    numerator,
    denominator,
  };
}

export function successfulRecoveries(runs: TestRunFacts[]): Percent {
  const decided = runs.filter((r) => r.passed !== null);
  return percent(decided.filter((r) => r.passed).length, decided.length);
}

/** Share of runs with a measured RTO and a target that met it. */
export function rtoAchievement(runs: TestRunFacts[]): Percent {
  const measured = runs.filter((r) => r.actualRtoMinutes !== null && r.expectedRtoMinutes !== null);
  return percent(measured.filter((r) => r.actualRtoMinutes! <= r.expectedRtoMinutes!).length, measured.length);
}

export function rpoAchievement(runs: TestRunFacts[]): Percent {
  const measured = runs.filter((r) => r.actualRpoMinutes !== null && r.expectedRpoMinutes !== null);
  return percent(measured.filter((r) => r.actualRpoMinutes! <= r.expectedRpoMinutes!).length, measured.length);
}

/** Share of finished runbook runs that needed no departure from the written steps. */
export function planAccuracy(runs: { completedAt: Date | null; modified: boolean }[]): Percent {
  const done = runs.filter((r) => r.completedAt !== null);
  return percent(done.filter((r) => !r.modified).length, done.length);
}

/** A scheduled test is overdue once its next due day (lib/domain/dr/schedule.ts) has passed, or it never ran. */
export function testOverdue(cadence: string, lastRunAt: Date | null, now: Date, timeZone = "UTC"): boolean {
  return nextDue(cadence, lastRunAt, now, timeZone)?.overdue ?? false;
}
