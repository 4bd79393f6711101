// DR readiness: the plan's metrics computed per calendar quarter (org time zone) from recorded
// facts. Every figure keeps its numerator and denominator; an empty denominator is "no data",
// never 0 %.
import {
  percent,
  planAccuracy,
  rpoAchievement,
  rtoAchievement,
  successfulRecoveries,
  type Percent,
  type TestRunFacts,
} from "./plan-metrics";
import { quarterKey, recentQuarters } from "./quarter";
import type { Tone } from "./vocabulary";

export type ReadinessFacts = {
  tests: { key: string; cadence: string; runs: (TestRunFacts & { startedAt: Date })[] }[];
  runbookRuns: { completedAt: Date | null; modified: boolean }[];
  obligations: { dueAt: Date; sentAt: Date | null; status: string }[];
  /** When a risk was marked reviewed (from the audit trail: the risk keeps only its latest). */
  riskReviews: Date[];
  /** Runbook versions saved after the plan's first (version 1 is the seed, not a review). */
  runbookEdits: Date[];
};

export type MetricKey =
  | "successful_recoveries"
  | "rto_achievement"
  | "rpo_achievement"
  | "plan_accuracy"
  | "notification_compliance"
  | "testing_coverage"
  | "team_readiness"
  | "update_frequency"
  | "technology_updates";

export type Status = "met" | "near" | "missed" | "none";
export type MetricFigure = { key: MetricKey; figure: Percent | null; status: Status };
export type QuarterReadiness = { quarter: string; metrics: MetricFigure[] };

/** Name, unit of the "n of m", target (in %) and how it is counted, in the order the page shows them. */
export const READINESS_METRICS: { key: MetricKey; name: string; unit: string; target: number; how: string }[] = [
  {
    key: "successful_recoveries",
    name: "Successful recoveries",
    unit: "test runs",
    target: 95,
    how: "DR test runs started in the quarter that passed, of those with a verdict.",
  },
  {
    key: "rto_achievement",
    name: "RTO achievement",
    unit: "measured runs",
    target: 95,
    how: "Test runs whose measured recovery time was within the test's expected RTO.",
  },
  {
    key: "rpo_achievement",
    name: "RPO achievement",
    unit: "measured runs",
    target: 95,
    how: "Test runs whose measured data loss was within the test's expected RPO.",
  },
  {
    key: "plan_accuracy",
    name: "Plan accuracy",
    unit: "runbook runs",
    target: 90,
    how: "Runbook runs completed in the quarter without departing from the written steps.",
  },
  {
    key: "notification_compliance",
    name: "Notification-matrix compliance",
    unit: "notifications",
    target: 95,
    how: "Notifications the matrix owed in the quarter that were sent by their due time; cancelled ones and ones not yet due do not count.",
  },
  {
    key: "testing_coverage",
    name: "Testing coverage",
    unit: "scheduled runs",
    target: 100,
    how: "Test runs done against runs due by cadence: monthly 3, quarterly 1, annual a quarter of one, on-demand none.",
  },
  {
    key: "team_readiness",
    name: "Team readiness",
    unit: "training sessions",
    target: 100,
    how: "Runs of the team training test against the plan's one session a month.",
  },
  {
    key: "update_frequency",
    name: "Update frequency",
    unit: "plan reviews",
    target: 100,
    how: "Risk reviews and saved runbook edits against the plan's one review a month.",
  },
  {
    key: "technology_updates",
    name: "Technology updates",
    unit: "tool evaluations",
    target: 100,
    how: "Quarterly tool evaluations: nothing in Bridge records them yet.",
  },
];

/** Runs each cadence owes per quarter; an annual test is a quarter of one, on-demand tests none. */
export const RUNS_PER_QUARTER: Record<string, number> = { MONTHLY: 3, QUARTERLY: 1, ANNUALLY: 0.25, ON_DEMAND: 0 };
/** The plan's monthly targets: one training session and one plan review a month. */
export const MONTHLY_TRAINING_TARGET = 1;
export const MONTHLY_REVIEW_TARGET = 1;
export const TRAINING_TEST_KEY = "team_training";

/** Met at or above target; near within 10 points below it. */
export function status(figure: Percent | null, target: number): Status {
  if (!figure || figure.value === null) return "none";
  if (figure.value >= target) return "met";
  return figure.value >= target - 10 ? "near" : "missed";
}

/**
 * An obligation counts once it is due (or was sent early); it is met when it was sent no later
 * than its due time. Cancelled ones (the incident no longer needed them) count neither way.
 */
export function notificationCompliance(obligations: ReadinessFacts["obligations"], now: Date): Percent {
  const owed = obligations.filter((o) => o.status !== "CANCELLED" && (o.sentAt !== null || o.dueAt <= now));
  const onTime = owed.filter((o) => o.status === "SENT" && o.sentAt !== null && o.sentAt <= o.dueAt);
  return percent(onTime.length, owed.length);
}

/** Runs done against runs scheduled; a test's extra runs do not make up for another's missing ones. */
export function testingCoverage(tests: { cadence: string; runs: number }[]): Percent {
  let done = 0;
  let owed = 0;
  for (const t of tests) {
    const due = RUNS_PER_QUARTER[t.cadence] ?? 0;
    owed += due;
    done += Math.min(t.runs, due);
  }
  return percent(round2(done), round2(owed));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Readiness of the current quarter and the `back` before it, oldest first. */
export function readinessByQuarter(facts: ReadinessFacts, now: Date, timeZone: string, back = 4): QuarterReadiness[] {
  const inQuarter = (q: string) => (at: Date | null) => at !== null && quarterKey(at, timeZone) === q;
  return recentQuarters(now, timeZone, back).map((quarter) => {
    const within = inQuarter(quarter);
    const tests = facts.tests.map((t) => ({ ...t, runs: t.runs.filter((r) => within(r.startedAt)) }));
    const runs = tests.flatMap((t) => t.runs);
    const training = tests.find((t) => t.key === TRAINING_TEST_KEY)?.runs.length ?? 0;
    const reviews = facts.riskReviews.filter(within).length + facts.runbookEdits.filter(within).length;
    const figures: Record<MetricKey, Percent | null> = {
      successful_recoveries: successfulRecoveries(runs),
      rto_achievement: rtoAchievement(runs),
      rpo_achievement: rpoAchievement(runs),
      plan_accuracy: planAccuracy(facts.runbookRuns.filter((r) => within(r.completedAt))),
      notification_compliance: notificationCompliance(
        facts.obligations.filter((o) => within(o.dueAt)),
        now,
      ),
      testing_coverage: testingCoverage(tests.map((t) => ({ cadence: t.cadence, runs: t.runs.length }))),
      team_readiness: percent(training, 3 * MONTHLY_TRAINING_TARGET),
      update_frequency: percent(reviews, 3 * MONTHLY_REVIEW_TARGET),
      // Nothing in Bridge records tool evaluations yet; shown as not tracked rather than as 0 %.
      technology_updates: null,
    };
    return {
      quarter,
      metrics: READINESS_METRICS.map((m) => ({
        key: m.key,
        figure: figures[m.key],
        status: status(figures[m.key], m.target),
      })),
    };
  });
}

/** How each status reads and is coloured; the words carry the meaning, the colour repeats it. */
export const STATUS_LABEL: Record<Status, string> = {
  met: "On target",
  near: "Near target",
  missed: "Below target",
  none: "No data",
};
export const STATUS_TONE: Record<Status, Tone> = { met: "green", near: "amber", missed: "red", none: "gray" };
