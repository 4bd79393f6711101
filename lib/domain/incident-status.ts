// The incident lifecycle. Forward moves may skip states (a false alarm resolves at once);
// backward moves are for a fix that did not hold, and RESOLVED → INVESTIGATING is a reopen.

import { column, type Tone } from "./vocabulary";

export const STATUSES = ["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"] as const;
export type IncidentStatus = (typeof STATUSES)[number];

/** Label for people rather than the database, what it means to someone outside the team, and colour. */
export const STATUS: Record<IncidentStatus, { label: string; plain: string; tone: Tone }> = {
  INVESTIGATING: {
    label: "Investigating",
    plain: "We are aware of the problem and are investigating the cause.",
    tone: "red",
  },
  IDENTIFIED: { label: "Identified", plain: "We have found the cause and are working on a fix.", tone: "amber" },
  MONITORING: {
    label: "Monitoring",
    plain: "A fix is in place and we are watching to make sure it holds.",
    tone: "indigo",
  },
  RESOLVED: { label: "Resolved", plain: "The problem is resolved.", tone: "green" },
};

export const STATUS_LABEL = column(STATUS, "label");
export const STATUS_PLAIN = column(STATUS, "plain");
export const STATUS_TONE = column(STATUS, "tone");

const ALLOWED: Record<IncidentStatus, IncidentStatus[]> = {
  INVESTIGATING: ["IDENTIFIED", "MONITORING", "RESOLVED"],
  IDENTIFIED: ["INVESTIGATING", "MONITORING", "RESOLVED"],
  MONITORING: ["INVESTIGATING", "IDENTIFIED", "RESOLVED"],
  RESOLVED: ["INVESTIGATING"],
};

export function allowedMoves(from: IncidentStatus): IncidentStatus[] {
  return ALLOWED[from];
}

export function canMove(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function moveError(from: IncidentStatus, to: IncidentStatus): string | null {
  if (from === to) return `The incident is already ${from}.`;
  if (canMove(from, to)) return null;
  return `An incident cannot go from ${from} to ${to}. From ${from} it can go to ${ALLOWED[from].join(", ")}.`;
}

export function isIncidentStatus(value: unknown): value is IncidentStatus {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

export function isOpen(status: IncidentStatus): boolean {
  return status !== "RESOLVED";
}
