// The stages of scheduled maintenance, as the status page and subscriber e-mails name them.
import { column, type Tone } from "./vocabulary";

export const MAINTENANCE_STATUSES = ["SCHEDULED", "IN_PROGRESS", "VERIFYING", "COMPLETED"] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

export const MAINTENANCE_STATUS: Record<MaintenanceStatus, { label: string; tone: Tone }> = {
  SCHEDULED: { label: "Scheduled", tone: "indigo" },
  IN_PROGRESS: { label: "In progress", tone: "amber" },
  VERIFYING: { label: "Verifying", tone: "amber" },
  COMPLETED: { label: "Completed", tone: "green" },
};

export const MAINTENANCE_STATUS_LABEL = column(MAINTENANCE_STATUS, "label");
