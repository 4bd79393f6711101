// The alert rules of an SLO evaluated on the counts of each burn window, and the missing-data
// rule. Pure: the caller reads the windows' counts (lib/server/slo/window-counts.ts) at `now`.
import { burnRate, type Counts } from "./budget";
import { BURN_RULES, type BurnRuleKey, type BurnWindow, type SloWindow } from "./vocabulary";

export type SloForRules = {
  targetPercent: number;
  windowDays: number;
  /** Low-traffic guard: fewer events than this in a rule's long window never fire it. */
  minRequests: number;
  /** Names the budget in explanations: "the monthly budget" for a calendar month, else "the 30-day budget". */
  window?: SloWindow;
};

/** The burn windows in words, for explanations. */
const WINDOW_WORDS: Record<BurnWindow, string> = {
  "5m": "5 minutes",
  "30m": "30 minutes",
  "1h": "hour",
  "6h": "6 hours",
  "3d": "3 days",
};

export type WindowCounts = Record<BurnWindow, Counts>;

export type RuleVerdict = {
  rule: BurnRuleKey;
  firing: boolean;
  burnLong: number | null;
  burnShort: number | null;
  /** True when the rule would fire but the long window has fewer events than minRequests. */
  lowTraffic: boolean;
  /** Plain words for the alert and the page ("at this rate the monthly budget is gone in 19 h"). */
  reason: string;
};

/** Each burn rule's verdict: firing when both windows burn at least its factor, and traffic is enough. */
export function evaluateBurnRules(slo: SloForRules, windows: WindowCounts): RuleVerdict[] {
  return BURN_RULES.map((rule) => {
    const burnLong = burnRate(windows[rule.long], slo.targetPercent);
    const burnShort = burnRate(windows[rule.short], slo.targetPercent);
    const burning = atLeast(burnLong, rule.factor) && atLeast(burnShort, rule.factor);
    const lowTraffic = burning && windows[rule.long].total < slo.minRequests;
    const firing = burning && !lowTraffic;
    return {
      rule: rule.key,
      firing,
      burnLong,
      burnShort,
      lowTraffic,
      reason: explainBurn(rule.key, burnLong, slo, lowTraffic, windows[rule.long].total),
    };
  });
}

// A burn of exactly the factor fires: 144 bad of 10 000 at 99.9 % is 14.4×, but the division
// lands on 14.399999999999999; the tolerance is far below any difference counts can make.
const TOLERANCE = 1e-9;
function atLeast(burn: number | null, factor: number): boolean {
  return burn !== null && burn >= factor * (1 - TOLERANCE);
}

/** "Burning 14.4× over the last 1 h: at this rate the 30-day budget is gone in 50 h." */
export function explainBurn(
  rule: BurnRuleKey,
  burn: number | null,
  slo: SloForRules,
  lowTraffic = false,
  events = 0,
): string {
  const spec = BURN_RULES.find((r) => r.key === rule)!;
  const last = `the last ${WINDOW_WORDS[spec.long]}`;
  if (burn === null) return `No events over ${last}.`;
  if (lowTraffic)
    return `Burning ${formatFactor(burn)} over ${last}, but only ${events} events (fewer than ${slo.minRequests}): not alerting on so little traffic.`;
  if (burn <= 0) return `No budget spent over ${last}.`;
  const budget = slo.window === "CALENDAR_MONTH" ? "monthly budget" : `${slo.windowDays}-day budget`;
  return `Burning ${formatFactor(burn)} over ${last}: at this rate the ${budget} is gone in ${formatHours(timeToExhaustionHours(burn, slo.windowDays, 1))}.`;
}

/** Hours until `remainingFraction` of the window's budget is spent at burn rate `burn`. */
export function timeToExhaustionHours(burn: number, windowDays: number, remainingFraction: number): number {
  if (burn <= 0) return Infinity;
  return (Math.max(0, remainingFraction) * windowDays * 24) / burn;
}

export function formatFactor(burn: number): string {
  if (!Number.isFinite(burn)) return "∞×";
  return `${burn >= 100 ? Math.round(burn) : Math.round(burn * 10) / 10}×`;
}

export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return "never";
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  // Up to three days in hours: "50 h" says more than "2 days" about a fast burn.
  if (hours < 72) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

/** The missing-data rule: nothing received for longer than the expected interval (never before the first sample). */
export function missingData(
  lastSampleAt: Date | null,
  expectedIntervalSeconds: number,
  now: Date,
): { missing: boolean; reason: string } {
  if (!lastSampleAt) return { missing: false, reason: "No sample received yet." };
  const silentSeconds = (now.getTime() - lastSampleAt.getTime()) / 1000;
  const missing = silentSeconds > expectedIntervalSeconds;
  return {
    missing,
    reason: missing
      ? `No sample for ${formatHours(silentSeconds / 3600)}, expected at least every ${formatHours(expectedIntervalSeconds / 3600)}.`
      : "Samples arriving.",
  };
}
