// How each kind of timeline entry is named and coloured.
import type { Tone } from "./vocabulary";

export const EVENT_KINDS = [
  "DECLARED",
  "STATUS_CHANGED",
  "SEVERITY_CHANGED",
  "COMMANDER_CHANGED",
  "NOTE",
  "PAGED",
  "ESCALATED",
  "ACKNOWLEDGED",
  "NOTIFICATION_SENT",
  "NOTIFICATION_FAILED",
  "REMINDER",
  "STATUS_UPDATE_POSTED",
  "RUNBOOK_STEP",
  "UPDATED",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND: Record<EventKind, { label: string; tone: Tone }> = {
  DECLARED: { label: "Declared", tone: "red" },
  STATUS_CHANGED: { label: "Status", tone: "indigo" },
  SEVERITY_CHANGED: { label: "Severity", tone: "amber" },
  COMMANDER_CHANGED: { label: "Command", tone: "indigo" },
  NOTE: { label: "Note", tone: "gray" },
  PAGED: { label: "Paged", tone: "amber" },
  ESCALATED: { label: "Escalated", tone: "red" },
  ACKNOWLEDGED: { label: "Acknowledged", tone: "green" },
  NOTIFICATION_SENT: { label: "Notified", tone: "green" },
  NOTIFICATION_FAILED: { label: "Delivery failed", tone: "red" },
  REMINDER: { label: "Reminder", tone: "amber" },
  STATUS_UPDATE_POSTED: { label: "Status update", tone: "indigo" },
  RUNBOOK_STEP: { label: "Runbook", tone: "gray" },
  UPDATED: { label: "Updated", tone: "gray" },
};
