// The notification matrix: severity × deadline → groups, and the absolute due times it implies.

import type { Severity } from "./severity";

export { SEVERITIES, type Severity } from "./severity";

export type MatrixRule = { severity: Severity; withinMinutes: number; groupKey: string };

export type MatrixRow = { withinMinutes: number; groups: string[] };

/** Rules of one severity, grouped by deadline, earliest first. */
export function matrixRows(rules: MatrixRule[], severity: Severity): MatrixRow[] {
  const byWindow = new Map<number, string[]>();
  for (const rule of rules.filter((r) => r.severity === severity)) {
    byWindow.set(rule.withinMinutes, [...(byWindow.get(rule.withinMinutes) ?? []), rule.groupKey]);
  }
  return [...byWindow.entries()].sort((a, b) => a[0] - b[0]).map(([withinMinutes, groups]) => ({ withinMinutes, groups }));
}

export function windowLabel(minutes: number): string {
  if (minutes === 0) return "Immediate";
  return minutes % 60 === 0 ? `Within ${minutes / 60} h` : `Within ${minutes} min`;
}

/** When each obligation falls due for an incident declared at `declaredAt`. */
export function dueTimes(rules: MatrixRule[], severity: Severity, declaredAt: Date) {
  return rules
    .filter((r) => r.severity === severity)
    .map((r) => ({ groupKey: r.groupKey, dueAt: new Date(declaredAt.getTime() + r.withinMinutes * 60_000) }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
