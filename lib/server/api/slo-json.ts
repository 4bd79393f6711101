import "server-only";
import type { SloStatus } from "../slo/list-status";

// An SLO's status as GET /api/v1/slos answers it (schemas/slo.ts `Slo`): the objective, its
// compliance window now, attainment and the error budget left.

/** A budget overspent with a 100 % target is infinite; JSON has no Infinity, so it reads as null. */
const finite = (n: number | null) => (n !== null && Number.isFinite(n) ? n : null);

export function sloJson(s: SloStatus) {
  return {
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    service: { slug: s.service.slug, name: s.service.name },
    targetPercent: s.targetPercent,
    thresholdMs: s.thresholdMs,
    window: { kind: s.window, days: s.windowDays, from: s.span.from, to: s.span.to },
    attainmentPercent: s.attainment,
    errorBudget: {
      totalMinutes: s.budget.totalMinutes,
      remainingFraction: finite(s.budget.remainingFraction),
      remainingMinutes: finite(s.budget.remainingMinutes),
    },
    lastSampleAt: s.lastSampleAt,
    firingAlerts: s.alerts.map((a) => ({ rule: a.rule, label: a.label, dryRun: a.dryRun, firedAt: a.firedAt })),
  };
}
