// Past incidents for the demo: plausible for the plan's service, each resolved.
import type {
  ActionItemStatus,
  IncidentEventKind,
  IncidentStatus,
  PostmortemStatus,
  Severity,
} from "../lib/generated/prisma/client";

export type DemoIncident = {
  title: string;
  severity: Severity;
  daysAgo: number;
  components: string[];
  impact: string;
  detectedAfter: number;
  ackAfter: number;
  mitigatedAfter: number;
  resolvedAfter: number;
  rootCause: string;
  resolution: string;
  events: { kind: IncidentEventKind; after: number; message: string }[];
  updates: { status: IncidentStatus; after: number; message: string }[];
  postmortem?: {
    status: PostmortemStatus;
    sections: Record<
      "summary" | "rootCauseAnalysis" | "contributingFactors" | "lessonsLearned" | "processImprovements",
      string
    >;
    actions: { title: string; owner: string; status: ActionItemStatus; dueInDays: number }[];
  };
};

// Pages, the acknowledgement and notifications are added from the rows made for them (seed-demo-paging.ts).
const lifecycle = (_ack: number, identified: number, monitoring: number, resolved: number) =>
  [
    { kind: "DECLARED", after: 0, message: "Incident declared" },
    { kind: "STATUS_CHANGED", after: identified, message: "INVESTIGATING → IDENTIFIED" },
    { kind: "STATUS_CHANGED", after: monitoring, message: "IDENTIFIED → MONITORING" },
    { kind: "STATUS_CHANGED", after: resolved, message: "MONITORING → RESOLVED" },
  ] satisfies DemoIncident["events"];

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    title: "Container registry outage blocks deployments",
    severity: "SEV1",
    daysAgo: 24,
    components: ["critical-service", "ci-cd-pipeline"],
    impact: "New releases could not be deployed and autoscaled pods failed to pull images.",
    detectedAfter: 2,
    ackAfter: 4,
    mitigatedAfter: 70,
    resolvedAfter: 95,
    rootCause: "The primary container registry's storage backend exhausted its quota.",
    resolution: "Switched image pulls to the backup registry, raised the quota, and resynchronised images.",
    events: [
      ...lifecycle(4, 30, 70, 95),
      { kind: "NOTE", after: 20, message: "use_backup_registry procedure started" },
    ],
    updates: [
      {
        status: "INVESTIGATING",
        after: 5,
        message: "We are investigating failed deployments of the documentation service.",
      },
      {
        status: "MONITORING",
        after: 70,
        message: "Deployments are succeeding again from the backup registry. We are monitoring.",
      },
      { status: "RESOLVED", after: 95, message: "The incident is resolved. All deployments are working normally." },
    ],
    postmortem: {
      status: "PUBLISHED",
      sections: {
        summary: "Deployments failed for 95 minutes because the container registry ran out of storage.",
        rootCauseAnalysis: "Registry storage quota reached; garbage collection of old images had been disabled.",
        contributingFactors: "No alert on registry storage usage; backup registry credentials expired last quarter.",
        lessonsLearned: "The use_backup_registry procedure works but needs current credentials.",
        processImprovements: "Add registry capacity to the monthly failover test.",
      },
      actions: [
        { title: "Alert at 80 % registry storage", owner: "responder@bridge.local", status: "DONE", dueInDays: -10 },
        {
          title: "Rotate backup registry credentials quarterly",
          owner: "commander@bridge.local",
          status: "OPEN",
          dueInDays: 12,
        },
      ],
    },
  },
  {
    title: "Documentation generation p95 latency above 3 s",
    severity: "SEV2",
    daysAgo: 9,
    components: ["documentation-generation"],
    impact: "Generated documentation was slow and some generation requests timed out.",
    detectedAfter: 6,
    ackAfter: 11,
    mitigatedAfter: 62,
    resolvedAfter: 80,
    rootCause: "A memory leak in the template renderer caused heavy garbage collection.",
    resolution: "Restarted workers (automatic_restart) and rolled back the renderer release.",
    events: lifecycle(11, 35, 62, 80),
    updates: [
      {
        status: "INVESTIGATING",
        after: 12,
        message: "Documentation generation is slower than usual. We are investigating.",
      },
      { status: "RESOLVED", after: 80, message: "Documentation generation is back to normal speed." },
    ],
    postmortem: {
      status: "IN_REVIEW",
      sections: {
        summary:
          "p95 latency of documentation generation exceeded 3 s for about an hour; the 1 h RTO was missed by 2 minutes.",
        rootCauseAnalysis: "Template cache entries were never evicted after the last renderer upgrade.",
        contributingFactors: "The memory alert threshold was set above the container limit.",
        lessonsLearned: "Latency SLO alerts fired 6 minutes after user impact began.",
        processImprovements: "Add a memory soak test to the release checklist.",
      },
      actions: [
        { title: "Bound the template cache", owner: "responder@bridge.local", status: "IN_PROGRESS", dueInDays: 5 },
      ],
    },
  },
  {
    title: "CI/CD pipeline runners failing intermittently",
    severity: "SEV3",
    daysAgo: 3,
    components: ["ci-cd-pipeline", "development-environment"],
    impact: "About a third of pipeline runs failed and had to be retried.",
    detectedAfter: 15,
    ackAfter: 18,
    mitigatedAfter: 40,
    resolvedAfter: 50,
    rootCause: "A dependency registry mirror returned truncated packages.",
    resolution: "Pointed runners at the upstream registry and purged the mirror cache.",
    events: lifecycle(18, 25, 40, 50),
    updates: [{ status: "RESOLVED", after: 50, message: "Pipelines are running normally again." }],
  },
];
