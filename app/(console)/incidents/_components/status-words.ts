// Words for statuses and severities, for people rather than for the database.
export const STATUS_LABEL: Record<string, string> = {
  INVESTIGATING: "Investigating",
  IDENTIFIED: "Identified",
  MONITORING: "Monitoring",
  RESOLVED: "Resolved",
};

/** What each status means to someone outside the incident team. */
export const STATUS_PLAIN: Record<string, string> = {
  INVESTIGATING: "We are aware of the problem and are investigating the cause.",
  IDENTIFIED: "We have found the cause and are working on a fix.",
  MONITORING: "A fix is in place and we are watching to make sure it holds.",
  RESOLVED: "The problem is resolved.",
};

export const SEVERITY_PLAIN: Record<string, string> = {
  SEV1: "Critical — the service is down or data is at risk",
  SEV2: "High — a major part of the service is degraded",
  SEV3: "Medium — limited impact, a workaround exists",
};
