// A postmortem's timeline as assembled from its incident's events: one entry per event, worded as
// the event was, with the mark an author would most likely give it and the noise hidden at first.
// The author decides in the end; these are only the starting point.
import type { EventKind } from "../incident-event-kind";
import { isIncidentStatus, type IncidentStatus } from "../incident-status";
import { EVENT_KIND } from "../incident-event-kind";
import type { TimelineMark } from "../postmortem-status";

export type TimelineEvent = {
  id: string;
  kind: EventKind;
  message: string;
  data: unknown;
  actorLabel: string;
  occurredAt: Date;
};

export type AssembledEntry = {
  eventId: string;
  eventKind: EventKind;
  occurredAt: Date;
  text: string;
  mark: TimelineMark | null;
  hidden: boolean;
  source: "SYSTEM";
};

function field(data: unknown, name: string): unknown {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>)[name] : undefined;
}

/**
 * The state a status change moved to: from its data, else from its wording ("IDENTIFIED → MONITORING"),
 * since older events (and the demo's) carry no data.
 */
export function statusChangedTo(event: Pick<TimelineEvent, "message" | "data">): IncidentStatus | null {
  const to = field(event.data, "to");
  if (isIncidentStatus(to)) return to;
  const worded = /→\s*([A-Z]+)/.exec(event.message)?.[1];
  return isIncidentStatus(worded) ? worded : null;
}

function statusChangedFrom(event: Pick<TimelineEvent, "message" | "data">): IncidentStatus | null {
  const from = field(event.data, "from");
  if (isIncidentStatus(from)) return from;
  const worded = /^([A-Z]+)\s*→/.exec(event.message)?.[1];
  return isIncidentStatus(worded) ? worded : null;
}

const STATUS_MARK: Record<IncidentStatus, TimelineMark | null> = {
  INVESTIGATING: null,
  IDENTIFIED: "DIAGNOSIS",
  MONITORING: "REPAIR",
  RESOLVED: "KEY_MOMENT",
};

/** The mark an event most likely deserves: declaration is detection, the cause found is diagnosis, and so on. */
export function suggestMark(event: Pick<TimelineEvent, "kind" | "message" | "data">): TimelineMark | null {
  switch (event.kind) {
    case "DECLARED":
      return "DETECTION";
    case "ACKNOWLEDGED":
      return "KEY_MOMENT";
    case "STATUS_CHANGED": {
      const to = statusChangedTo(event);
      if (!to) return null;
      // A reopen is the moment the fix turned out not to hold.
      if (to === "INVESTIGATING") return statusChangedFrom(event) === "RESOLVED" ? "KEY_MOMENT" : null;
      return STATUS_MARK[to];
    }
    default:
      return null;
  }
}

/** The entry's wording: the event's message, with who wrote it for notes; the kind's name when it has none. */
export function entryText(event: Pick<TimelineEvent, "kind" | "message" | "actorLabel">): string {
  const message = event.message.trim() || EVENT_KIND[event.kind].label;
  if (event.kind === "NOTE" && event.actorLabel && event.actorLabel !== "system")
    return `Note from ${event.actorLabel}: ${message}`;
  return message;
}

/**
 * Whether the entry starts hidden. Reminders, field edits and deliveries that will be retried say
 * nothing about the incident itself; of the notifications sent for one obligation (or, without one,
 * to one group) only the first tells the story. `seen` collects the obligations met so far.
 */
function isNoise(event: TimelineEvent, seen: Set<string>): boolean {
  switch (event.kind) {
    case "REMINDER":
    case "UPDATED":
      return true;
    case "NOTIFICATION_FAILED":
      return field(event.data, "dead") !== true;
    case "NOTIFICATION_SENT": {
      const obligation = field(event.data, "obligationId") ?? field(event.data, "groupKey");
      const key = typeof obligation === "string" ? obligation : `message:${event.message}`;
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    }
    default:
      return false;
  }
}

/** Every event as a timeline entry, oldest first (ties by id, so the order is stable). */
export function assembleTimeline(events: readonly TimelineEvent[]): AssembledEntry[] {
  const ordered = [...events].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const seen = new Set<string>();
  return ordered.map((event) => ({
    eventId: event.id,
    eventKind: event.kind,
    occurredAt: event.occurredAt,
    text: entryText(event),
    mark: suggestMark(event),
    hidden: isNoise(event, seen),
    source: "SYSTEM",
  }));
}

/** Assembled entries as the timeline's rows of one postmortem; the event's wording is kept as the original. */
export function timelineRows(postmortemId: string, entries: readonly AssembledEntry[]) {
  return entries.map((e) => ({
    postmortemId,
    eventId: e.eventId,
    eventKind: e.eventKind,
    source: e.source,
    occurredAt: e.occurredAt,
    text: e.text,
    systemText: e.text,
    mark: e.mark,
    hidden: e.hidden,
  }));
}
