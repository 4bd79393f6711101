// The incident lifecycle. Forward moves may skip states (a false alarm resolves at once);
// backward moves are for a fix that did not hold, and RESOLVED → INVESTIGATING is a reopen.

export const STATUSES = ["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"] as const;
export type IncidentStatus = (typeof STATUSES)[number];

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

export function isOpen(status: IncidentStatus): boolean {
  return status !== "RESOLVED";
}
