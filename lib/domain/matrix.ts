// The notification matrix: severity × deadline → groups, and the absolute due times it implies.

import type { Severity } from "./severity";

export { SEVERITIES, type Severity } from "./severity";

/** A matrix rule: this severity owes a notification within this many minutes. */
export type MatrixRule = { severity: Severity; withinMinutes: number };

export function windowLabel(minutes: number): string {
  if (minutes === 0) return "Immediate";
  return minutes % 60 === 0 ? `Within ${minutes / 60} h` : `Within ${minutes} min`;
}

/** When each rule of `severity` falls due for an incident whose matrix clock started at `from`, earliest first. */
export function dueTimes<R extends MatrixRule>(rules: R[], severity: Severity, from: Date): { rule: R; dueAt: Date }[] {
  return rules
    .filter((r) => r.severity === severity)
    .map((rule) => ({ rule, dueAt: new Date(from.getTime() + rule.withinMinutes * 60_000) }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
