// The incident's key moments and the durations between them (time to detect, acknowledge,
// mitigate, resolve). Derived from the incident and its events; an author may correct any of
// them with a reason, and the correction wins until it is cleared.
import { KEY_TIME, type KeyTimeKind } from "../postmortem-status";
import { statusChangedTo, type TimelineEvent } from "./timeline";

export type KeyTimes = Record<KeyTimeKind, Date | null>;

export type KeyTimeIncident = {
  startedAt: Date;
  detectedAt: Date | null;
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
};

type EventFacts = Pick<TimelineEvent, "kind" | "message" | "data" | "occurredAt">;

function first(events: readonly EventFacts[], match: (e: EventFacts) => boolean): Date | null {
  let earliest: Date | null = null;
  for (const e of events) if (match(e) && (!earliest || e.occurredAt < earliest)) earliest = e.occurredAt;
  return earliest;
}

/**
 * The five times as the records say: the incident's own stamps, else the first event that shows
 * the moment (an acknowledgement; a move to monitoring, or straight to resolved, for mitigation).
 */
export function deriveKeyTimes(incident: KeyTimeIncident, events: readonly EventFacts[]): KeyTimes {
  return {
    IMPACT_STARTED: incident.startedAt,
    DETECTED: incident.detectedAt,
    ACKNOWLEDGED: incident.acknowledgedAt ?? first(events, (e) => e.kind === "ACKNOWLEDGED"),
    MITIGATED:
      incident.mitigatedAt ??
      first(events, (e) => {
        if (e.kind !== "STATUS_CHANGED") return false;
        const to = statusChangedTo(e);
        return to === "MONITORING" || to === "RESOLVED";
      }),
    RESOLVED: incident.resolvedAt,
  };
}

export type StoredKeyTime = { kind: KeyTimeKind; at: Date | null; reason: string | null };

/** The times in force: a corrected one (it has a reason) as corrected, every other as derived. */
export function effectiveKeyTimes(derived: KeyTimes, stored: readonly StoredKeyTime[]): KeyTimes {
  const times = { ...derived };
  for (const row of stored) if (row.reason) times[row.kind] = row.at;
  return times;
}

export const DURATION_KEYS = ["TTD", "TTA", "TTM", "TTR"] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];

export const DURATION: Record<DurationKey, { label: string; from: KeyTimeKind; to: KeyTimeKind }> = {
  TTD: { label: "Time to detect", from: "IMPACT_STARTED", to: "DETECTED" },
  TTA: { label: "Time to acknowledge", from: "DETECTED", to: "ACKNOWLEDGED" },
  TTM: { label: "Time to mitigate", from: "IMPACT_STARTED", to: "MITIGATED" },
  TTR: { label: "Time to resolve", from: "IMPACT_STARTED", to: "RESOLVED" },
};

export type KeyDuration = { key: DurationKey; label: string; ms: number | null };

/** Each duration in milliseconds; null when either end is missing. Negative when the order is wrong. */
export function keyDurations(times: KeyTimes): KeyDuration[] {
  return DURATION_KEYS.map((key) => {
    const { label, from, to } = DURATION[key];
    const start = times[from];
    const end = times[to];
    return { key, label, ms: start && end ? end.getTime() - start.getTime() : null };
  });
}

/** "45 s", "12 min", "1 h 5 min", "2 d 3 h"; a leading minus when negative. */
export function formatSpan(ms: number): string {
  const sign = ms < 0 ? "−" : "";
  const abs = Math.abs(ms);
  if (abs < 60_000) return `${sign}${Math.round(abs / 1000)} s`;
  const total = Math.round(abs / 60_000);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, minutes && `${minutes} min`].filter(Boolean);
  return sign + parts.join(" ");
}

// Which moment may not come before which: everything follows the impact, and an incident is
// acknowledged and resolved only once it was detected, and resolved no earlier than mitigated.
const ORDER: [KeyTimeKind, KeyTimeKind][] = [
  ["IMPACT_STARTED", "DETECTED"],
  ["IMPACT_STARTED", "ACKNOWLEDGED"],
  ["IMPACT_STARTED", "MITIGATED"],
  ["IMPACT_STARTED", "RESOLVED"],
  ["DETECTED", "ACKNOWLEDGED"],
  ["DETECTED", "RESOLVED"],
  ["MITIGATED", "RESOLVED"],
];

/** Every pair of times in an impossible order, in words: "Resolved is 5 min before Detected." */
export function orderProblems(times: KeyTimes): string[] {
  const problems: string[] = [];
  for (const [earlier, later] of ORDER) {
    const a = times[earlier];
    const b = times[later];
    if (a && b && b < a)
      problems.push(
        `${KEY_TIME[later].label} is ${formatSpan(a.getTime() - b.getTime())} before ${KEY_TIME[earlier].label.toLowerCase()}.`,
      );
  }
  return problems;
}
