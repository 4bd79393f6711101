import "server-only";
import { isoDate, type Due } from "@/lib/domain/dr/schedule";
import type { CriterionOutcome } from "@/lib/domain/dr/verdict";

// The REST shapes of DR tests, their runs, risks and scenarios, built field by field so a column
// added to a table later never leaks; schemas/dr.ts describes exactly these.

type RunRow = {
  id: string;
  startedAt: Date;
  completedAt: Date | null;
  passed: boolean | null;
  drill: boolean;
};

type TestRow = {
  key: string;
  name: string;
  cadence: string;
  method: string;
  expectedRtoMinutes: number | null;
  expectedRpoMinutes: number | null;
  runbook: { key: string; title: string } | null;
  due: Due | null;
  runs: RunRow[];
};

export const runSummaryJson = (r: RunRow) => ({
  id: r.id,
  startedAt: r.startedAt,
  completedAt: r.completedAt,
  passed: r.passed,
  drill: r.drill,
});

export function testSummaryJson(t: TestRow) {
  return {
    key: t.key,
    name: t.name,
    cadence: t.cadence,
    method: t.method,
    expectedRtoMinutes: t.expectedRtoMinutes,
    expectedRpoMinutes: t.expectedRpoMinutes,
    runbook: t.runbook ? { key: t.runbook.key, title: t.runbook.title } : null,
    nextDue: t.due ? { date: isoDate(t.due.date), overdue: t.due.overdue, neverRun: t.due.neverRun } : null,
    lastRun: t.runs[0] ? runSummaryJson(t.runs[0]) : null,
  };
}

export function testJson(t: TestRow & { scenario: string; criteria: string[] }) {
  return { ...testSummaryJson(t), scenario: t.scenario, criteria: t.criteria };
}

export type RunDetailRow = RunRow & {
  actualRtoMinutes: number | null;
  actualRpoMinutes: number | null;
  criteria: unknown;
  notes: string;
  incident: { number: number } | null;
  actionItems: { id: string; title: string; status: string; dueDate: Date | null }[];
};

export function runJson(r: RunDetailRow) {
  return {
    ...runSummaryJson(r),
    actualRtoMinutes: r.actualRtoMinutes,
    actualRpoMinutes: r.actualRpoMinutes,
    criteria: ((r.criteria ?? []) as CriterionOutcome[]).map((c) => ({
      criterion: c.criterion,
      met: c.met,
      note: c.note,
    })),
    notes: r.notes,
    incidentNumber: r.incident?.number ?? null,
    actionItems: r.actionItems.map((a) => ({ id: a.id, title: a.title, status: a.status, dueDate: a.dueDate })),
  };
}

type RiskRow = {
  id: string;
  key: string;
  title: string;
  probability: string;
  impact: string;
  mitigationPriority: string;
  mitigation: string;
  owner: { id: string; name: string } | null;
  reviewDueAt: Date | null;
  reviewedAt: Date | null;
  overdue: boolean;
  updatedAt: Date;
};

export function riskJson(r: RiskRow) {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    probability: r.probability,
    impact: r.impact,
    mitigationPriority: r.mitigationPriority,
    mitigation: r.mitigation,
    owner: r.owner ? { id: r.owner.id, name: r.owner.name } : null,
    reviewDueAt: r.reviewDueAt,
    reviewedAt: r.reviewedAt,
    overdue: r.overdue,
    updatedAt: r.updatedAt,
  };
}

type ScenarioRow = {
  id: string;
  key: string;
  category: string;
  name: string;
  probability: string;
  impact: string;
  detectionTime: string;
  detectionMinutes: number;
  recoveryProcedure: string;
  runbook: { key: string; title: string } | null;
};

export function scenarioJson(s: ScenarioRow) {
  return {
    id: s.id,
    key: s.key,
    category: s.category,
    name: s.name,
    probability: s.probability,
    impact: s.impact,
    detectionTime: s.detectionTime,
    detectionMinutes: s.detectionMinutes,
    recoveryProcedure: s.recoveryProcedure,
    runbook: s.runbook ? { key: s.runbook.key, title: s.runbook.title } : null,
  };
}
