// Planned maintenance moves forward only: scheduled → in progress → verifying → completed.
// Verifying may be skipped, and scheduled work may be called off (completed) before it starts.
import { column, type Tone } from "./vocabulary";

export const MAINTENANCE_STATUSES = ["SCHEDULED", "IN_PROGRESS", "VERIFYING", "COMPLETED"] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

export const MAINTENANCE_STATUS: Record<MaintenanceStatus, { label: string; plain: string; tone: Tone }> = {
  SCHEDULED: { label: "Scheduled", plain: "Planned work is scheduled.", tone: "gray" },
  IN_PROGRESS: { label: "In progress", plain: "The planned work is in progress.", tone: "indigo" },
  VERIFYING: { label: "Verifying", plain: "The work is done and we are checking that all is well.", tone: "amber" },
  COMPLETED: { label: "Completed", plain: "The planned work is complete.", tone: "green" },
};

export const MAINTENANCE_STATUS_LABEL = column(MAINTENANCE_STATUS, "label");

const NEXT: Record<MaintenanceStatus, MaintenanceStatus[]> = {
  SCHEDULED: ["IN_PROGRESS", "COMPLETED"],
  IN_PROGRESS: ["VERIFYING", "COMPLETED"],
  VERIFYING: ["IN_PROGRESS", "COMPLETED"],
  COMPLETED: [],
};

export function maintenanceMoves(from: MaintenanceStatus): MaintenanceStatus[] {
  return NEXT[from];
}

export function maintenanceMoveError(from: MaintenanceStatus, to: MaintenanceStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  if (from === "COMPLETED") return "This maintenance is completed.";
  return `From ${MAINTENANCE_STATUS[from].label} it can go to ${NEXT[from].map((s) => MAINTENANCE_STATUS[s].label).join(" or ")}.`;
}

/** Work under way makes its components show as under maintenance. */
export function isMaintenanceActive(status: MaintenanceStatus): boolean {
  return status === "IN_PROGRESS" || status === "VERIFYING";
}

export function isMaintenanceStatus(value: unknown): value is MaintenanceStatus {
  return typeof value === "string" && (MAINTENANCE_STATUSES as readonly string[]).includes(value);
}
