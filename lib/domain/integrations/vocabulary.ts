// Inbound alert sources: the kinds Bridge accepts, and the words for what it did with each alert.
import { column, type Tone } from "../vocabulary";

export const SOURCE_KINDS = ["alertmanager", "events-v2"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND: Record<SourceKind, { label: string; hint: string; path: string }> = {
  alertmanager: {
    label: "Prometheus Alertmanager",
    hint: "A webhook receiver; alerts of one group share an incident.",
    path: "/api/v1/alerts/alertmanager",
  },
  "events-v2": {
    label: "Events API v2 (PagerDuty-compatible)",
    hint: "Any tool that can send PagerDuty Events v2: trigger, acknowledge, resolve by dedup_key.",
    path: "/api/v1/events",
  },
};
export const SOURCE_KIND_LABEL = column(SOURCE_KIND, "label");

export const OUTCOMES = [
  "declared",
  "joined",
  "duplicate",
  "updated",
  "acknowledged",
  "resolved",
  "ignored",
  "rejected",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** `words` finishes "The alert …" on the source's event log. */
export const OUTCOME: Record<Outcome, { label: string; words: string; tone: Tone }> = {
  declared: { label: "Declared", words: "declared a new incident", tone: "red" },
  joined: { label: "Joined", words: "joined the open incident of its group", tone: "amber" },
  duplicate: { label: "Duplicate", words: "was already known; nothing changed", tone: "gray" },
  updated: { label: "Updated", words: "updated its incident's timeline", tone: "indigo" },
  acknowledged: { label: "Acknowledged", words: "acknowledged its incident's pages", tone: "indigo" },
  resolved: { label: "Resolved", words: "was marked resolved", tone: "green" },
  ignored: { label: "Ignored", words: "named nothing Bridge knows; nothing changed", tone: "gray" },
  rejected: { label: "Rejected", words: "was refused", tone: "red" },
};
export const OUTCOME_LABEL = column(OUTCOME, "label");
export const OUTCOME_TONE = column(OUTCOME, "tone");

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === "string" && (OUTCOMES as readonly string[]).includes(value);
}
