// The words of service levels, in one place: alert rules with their burn-rate factors and windows
// (the multi-window, multi-burn-rate rules of the SRE workbook, for a 30-day window), the windows
// burn rates are read over, the chart ranges, and the labels of the schema's enums.

export const SLO_KINDS = ["AVAILABILITY", "LATENCY_P95", "ERROR_RATE", "DATA_INTEGRITY"] as const;
export type SloKind = (typeof SLO_KINDS)[number];
export const SLO_WINDOWS = ["ROLLING", "CALENDAR_MONTH"] as const;
export type SloWindow = (typeof SLO_WINDOWS)[number];
export const SLO_ALERT_MODES = ["OFF", "DRY_RUN", "ON"] as const;
export type SloAlertMode = (typeof SLO_ALERT_MODES)[number];
export const SLO_ALERT_STATES = ["FIRING", "RESOLVED"] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The windows burn rates are read over; the rules below name them. */
export const BURN_WINDOWS = {
  "5m": 5 * MINUTE,
  "30m": 30 * MINUTE,
  "1h": HOUR,
  "6h": 6 * HOUR,
  "3d": 3 * DAY,
} as const;
export type BurnWindow = keyof typeof BURN_WINDOWS;

/**
 * A rule fires when the burn rate is at least `factor` over both its long and its short window
 * (the short one makes it stop soon after the burning stops). A page declares an incident; a
 * ticket creates a notice.
 */
export const BURN_RULES = [
  { key: "page-fast", action: "page", factor: 14.4, long: "1h", short: "5m", label: "Fast burn" },
  { key: "page-slow", action: "page", factor: 6, long: "6h", short: "30m", label: "Sustained burn" },
  { key: "ticket", action: "ticket", factor: 1, long: "3d", short: "6h", label: "Slow burn" },
] as const satisfies readonly {
  key: string;
  action: "page" | "ticket";
  factor: number;
  long: BurnWindow;
  short: BurnWindow;
  label: string;
}[];
export type BurnRule = (typeof BURN_RULES)[number];
export type BurnRuleKey = BurnRule["key"];

/** Every rule an SloAlert row can name: the burn rules and the missing-data rule. */
export const ALERT_RULES = [...BURN_RULES.map((r) => r.key), "missing-data"] as const;
export type AlertRuleKey = (typeof ALERT_RULES)[number];
export const ALERT_RULE_LABELS: Record<AlertRuleKey, string> = {
  "page-fast": "Fast burn (page)",
  "page-slow": "Sustained burn (page)",
  ticket: "Slow burn (ticket)",
  "missing-data": "No data",
};

/** The chart ranges of /slo; `bucket` is the rollup a range reads (never the raw samples). */
export const CHART_RANGES = [
  { key: "1h", ms: HOUR, bucket: "minute", label: "1 hour" },
  { key: "6h", ms: 6 * HOUR, bucket: "minute", label: "6 hours" },
  { key: "24h", ms: DAY, bucket: "minute", label: "24 hours" },
  { key: "7d", ms: 7 * DAY, bucket: "hour", label: "7 days" },
  { key: "30d", ms: 30 * DAY, bucket: "hour", label: "30 days" },
  { key: "90d", ms: 90 * DAY, bucket: "hour", label: "90 days" },
] as const;
export type ChartRange = (typeof CHART_RANGES)[number];
export type ChartRangeKey = ChartRange["key"];
export const DEFAULT_CHART_RANGE: ChartRangeKey = "24h";

export function chartRange(key: string | null | undefined): ChartRange {
  return CHART_RANGES.find((r) => r.key === key) ?? CHART_RANGES.find((r) => r.key === DEFAULT_CHART_RANGE)!;
}

/** How long each granularity is kept; raw samples by BRIDGE_SLI_RAW_RETENTION_DAYS. */
export const ROLLUP_RETENTION_DAYS = { minute: 35, hour: 400 } as const;

export const SLO_KIND_LABELS: Record<SloKind, string> = {
  AVAILABILITY: "Availability",
  LATENCY_P95: "Latency (p95)",
  ERROR_RATE: "Error rate",
  DATA_INTEGRITY: "Data integrity",
};

export const SLO_WINDOW_LABELS: Record<SloWindow, string> = {
  ROLLING: "Rolling window",
  CALENDAR_MONTH: "Calendar month",
};

export const SLO_ALERT_MODE_LABELS: Record<SloAlertMode, string> = {
  OFF: "Off",
  DRY_RUN: "Dry run (show what would fire)",
  ON: "On (declare incidents, create notices)",
};

/** Samples further ahead than this are refused: a clock that far off is wrong, not early. */
export const MAX_SAMPLE_FUTURE_MS = 5 * MINUTE;
/** At most this many samples in one POST /api/v1/sli. */
export const MAX_SAMPLES_PER_BATCH = 1000;
