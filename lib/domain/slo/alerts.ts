// What an evaluation changes in an SLO's alerts: which rules start firing, keep firing or stop,
// from the rules' verdicts, the missing-data verdict, the alert mode and the rows firing now. Pure.
import type { RuleVerdict } from "./rules";
import { BURN_RULES, type AlertRuleKey, type SloAlertMode } from "./vocabulary";

export type AlertVerdict = {
  rule: AlertRuleKey;
  reason: string;
  burnLong: number | null;
  burnShort: number | null;
};

export type FiringAlert = { id: string; rule: string; dryRun: boolean };

export type AlertPlan = {
  /** Rules that fire now and had no firing row: a new row (and, when ON, an incident or a notice). */
  start: (AlertVerdict & { dryRun: boolean })[];
  /** Rules still firing: their row's reason, burn rates and lastSeenAt are refreshed. */
  keep: (AlertVerdict & { alert: FiringAlert })[];
  /** Rows whose rule stopped firing, or that belong to another mode than the SLO's now. */
  stop: FiringAlert[];
};

/** Does this rule declare an incident (page) rather than create a notice (ticket, missing data)? */
export function isPageRule(rule: string): boolean {
  return BURN_RULES.some((r) => r.key === rule && r.action === "page");
}

/**
 * OFF keeps nothing firing; DRY_RUN keeps dry-run rows, ON real ones. A mode change stops the
 * other mode's rows, so switching from dry run to on starts real alerts (and their incidents).
 */
export function planAlerts(
  mode: SloAlertMode,
  verdicts: RuleVerdict[],
  missing: { missing: boolean; reason: string },
  firing: FiringAlert[],
): AlertPlan {
  const dryRun = mode === "DRY_RUN";
  const now: AlertVerdict[] =
    mode === "OFF"
      ? []
      : [
          ...verdicts
            .filter((v) => v.firing)
            .map((v) => ({ rule: v.rule, reason: v.reason, burnLong: v.burnLong, burnShort: v.burnShort })),
          ...(missing.missing
            ? [{ rule: "missing-data" as const, reason: missing.reason, burnLong: null, burnShort: null }]
            : []),
        ];
  const plan: AlertPlan = { start: [], keep: [], stop: [] };
  for (const v of now) {
    const alert = firing.find((a) => a.rule === v.rule && a.dryRun === dryRun);
    if (alert) plan.keep.push({ ...v, alert });
    else plan.start.push({ ...v, dryRun });
  }
  plan.stop = firing.filter((a) => !plan.keep.some((k) => k.alert.id === a.id));
  return plan;
}
