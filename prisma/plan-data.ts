// The disaster recovery plan's own values, as the seed data of a fresh install.
// Each block names the part of the plan it comes from.

export const SERVICE = {
  slug: "openapi-doc-generator",
  name: "OpenAPI Documentation Generator",
  description: "The service this disaster recovery and business continuity plan protects.",
};

// Recovery Objectives → RTO
export const COMPONENTS = [
  { slug: "critical-service", name: "Critical Service", rtoMinutes: 240 },
  { slug: "documentation-generation", name: "Documentation Generation", rtoMinutes: 60 },
  { slug: "development-environment", name: "Development Environment", rtoMinutes: 480 },
  { slug: "ci-cd-pipeline", name: "CI/CD Pipeline", rtoMinutes: 120 },
];

// How the status page lists the components: what users of the service touch, and what its
// engineers work with. Order within a group follows the lists.
export const COMPONENT_GROUPS = [
  {
    slug: "documentation-service",
    name: "Documentation service",
    components: ["critical-service", "documentation-generation"],
  },
  {
    slug: "engineering-platform",
    name: "Engineering platform",
    components: ["ci-cd-pipeline", "development-environment"],
  },
];

// Recovery Objectives → RPO
export const DATA_ASSETS = [
  { slug: "code-repository", name: "Code Repository", rpoMinutes: 0, description: "Real-time replication" },
  { slug: "configuration-data", name: "Configuration Data", rpoMinutes: 15, description: "" },
  { slug: "generated-documentation", name: "Generated Documentation", rpoMinutes: 60, description: "" },
  { slug: "performance-metrics", name: "Performance Metrics", rpoMinutes: 5, description: "" },
];

// Service Level Objectives
export const SLOS = [
  {
    slug: "availability",
    kind: "AVAILABILITY",
    name: "Availability",
    targetPercent: 99.9,
    thresholdMs: null,
    description: "99.9% uptime (8.77 hours downtime/year)",
  },
  {
    slug: "latency-p95",
    kind: "LATENCY_P95",
    name: "Performance",
    targetPercent: 95,
    thresholdMs: 3000,
    description: "95th percentile response time < 3 seconds",
  },
  {
    slug: "error-rate",
    kind: "ERROR_RATE",
    name: "Error rate",
    targetPercent: 99.9,
    thresholdMs: null,
    description: "< 0.1% of requests fail",
  },
  {
    slug: "data-integrity",
    kind: "DATA_INTEGRITY",
    name: "Data integrity",
    targetPercent: 100,
    thresholdMs: null,
    description: "100% accuracy of generated documentation",
  },
] as const;

// The plan's health check (`curl -f https://api.company.com/health`), feeding the availability and
// latency SLOs. Seeded disabled: the host is the plan's example, not reachable from here.
export const HEALTH_CHECKS = [
  {
    name: "API health",
    url: "https://api.company.com/health",
    method: "GET",
    expectedStatus: 200,
    intervalSeconds: 60,
    timeoutMs: 5000,
    enabled: false,
    availabilitySlo: "availability",
    latencySlo: "latency-p95",
  },
] as const;

// Risk Assessment Matrix → High-Impact Scenarios
export const RISKS = [
  {
    key: "container-registry-outage",
    reviewDueInDays: 45,
    title: "Container Registry Outage",
    probability: "MEDIUM",
    impact: "HIGH",
    mitigationPriority: "CRITICAL",
  },
  {
    key: "ci-cd-pipeline-failure",
    reviewDueInDays: 60,
    title: "CI/CD Pipeline Failure",
    probability: "HIGH",
    impact: "MEDIUM",
    mitigationPriority: "HIGH",
  },
  {
    key: "source-code-repository-loss",
    reviewDueInDays: 30,
    title: "Source Code Repository Loss",
    probability: "LOW",
    impact: "CRITICAL",
    mitigationPriority: "CRITICAL",
  },
  {
    key: "dependency-registry-outage",
    reviewDueInDays: 75,
    title: "Dependency Registry Outage",
    probability: "MEDIUM",
    impact: "MEDIUM",
    mitigationPriority: "MEDIUM",
  },
  {
    key: "key-personnel-unavailability",
    // Days from seeding to the next review; negative: overdue from the start (the demo shows one).
    reviewDueInDays: -14,
    title: "Key Personnel Unavailability",
    probability: "MEDIUM",
    impact: "MEDIUM",
    mitigationPriority: "MEDIUM",
  },
] as const;

// Failure Mode Analysis → FAILURE_SCENARIOS
export const FAILURE_SCENARIOS = [
  {
    key: "cloud_provider_outage",
    category: "infrastructure",
    name: "Cloud provider outage",
    probability: "LOW",
    impact: "CRITICAL",
    detectionTime: "< 5 minutes",
    recoveryProcedure: "failover_to_secondary_region",
    runbook: "cross-region-failover",
  },
  {
    key: "container_registry_down",
    category: "infrastructure",
    name: "Container registry down",
    probability: "MEDIUM",
    impact: "HIGH",
    detectionTime: "< 2 minutes",
    recoveryProcedure: "use_backup_registry",
    runbook: null,
  },
  {
    key: "memory_leak",
    category: "application",
    name: "Memory leak",
    probability: "LOW",
    impact: "MEDIUM",
    detectionTime: "< 10 minutes",
    recoveryProcedure: "automatic_restart",
    runbook: "service-outage-response",
  },
  {
    key: "dependency_vulnerability",
    category: "application",
    name: "Dependency vulnerability",
    probability: "MEDIUM",
    impact: "HIGH",
    detectionTime: "< 1 hour",
    recoveryProcedure: "emergency_patch_deployment",
    runbook: null,
  },
] as const;

type StepSeed = { title: string; command?: string };

// Emergency Runbooks: the outage script's five steps, and one runbook per corruption type.
export const RUNBOOKS: { key: string; title: string; category: string; description: string; steps: StepSeed[] }[] = [
  {
    key: "service-outage-response",
    title: "Service outage response",
    category: "outage",
    description: "emergency_response.sh — service outage response procedure",
    steps: [
      {
        title: "Assess situation: check service health",
        command:
          'kubectl get pods -n openapi-doc-generator\ncurl -f https://api.company.com/health || echo "Service unreachable"',
      },
      {
        title: "Check recent changes",
        command: "git log --oneline -10\nkubectl rollout history deployment/openapi-doc-generator",
      },
      {
        title: "Gather diagnostics",
        command: "kubectl logs deployment/openapi-doc-generator --tail=100\ndocker ps -a | grep openapi-doc-generator",
      },
      {
        title: "Immediate mitigation: attempt recovery",
        command: "kubectl rollout restart deployment/openapi-doc-generator",
      },
      { title: "Notify stakeholders", command: './notify_incident.sh "Service outage detected - investigating"' },
    ],
  },
  {
    key: "data-corruption-template",
    title: "Data corruption recovery — template corruption",
    category: "data-corruption",
    description: 'recover_from_data_corruption("template_corruption")',
    steps: [
      { title: "restore_templates_from_backup" },
      { title: "validate_template_syntax" },
      { title: "run_template_tests" },
      { title: "deploy_fixed_templates" },
    ],
  },
  {
    key: "data-corruption-configuration",
    title: "Data corruption recovery — configuration corruption",
    category: "data-corruption",
    description: 'recover_from_data_corruption("configuration_corruption")',
    steps: [
      { title: "restore_config_from_git" },
      { title: "validate_config_syntax" },
      { title: "run_config_tests" },
      { title: "restart_services" },
    ],
  },
  {
    key: "data-corruption-cache",
    title: "Data corruption recovery — cache corruption",
    category: "data-corruption",
    description: 'recover_from_data_corruption("cache_corruption")',
    steps: [
      { title: "clear_corrupted_cache" },
      { title: "rebuild_cache_from_source" },
      { title: "validate_cache_integrity" },
      { title: "resume_normal_operations" },
    ],
  },
  {
    key: "cross-region-failover",
    title: "Cross-region failover",
    category: "failover",
    description:
      "Multi-region deployment: primary us-west-2 (100 %, failover below 99 % health) → secondary us-east-1 (50 %, automatic activation, 5 min sync); data replication active-passive, eventual, lag < 1 minute.",
    steps: [
      { title: "Confirm primary region us-west-2 health is below the 99 % failover threshold" },
      { title: "Activate secondary region us-east-1 (automatic activation; verify capacity 50 %)" },
      { title: "Verify data replication lag is under 1 minute before promoting" },
      { title: "Route traffic to us-east-1 and confirm full service availability in the secondary region" },
    ],
  },
];

// Incident Response Team → the default escalation policy
export const ESCALATION_POLICY = {
  name: "Default (plan)",
  description:
    "INCIDENT_RESPONSE_TEAM: primary on-call (escalation time 15 min), secondary on-call (30 min), then the escalation chain Engineering Manager → VP Engineering → CTO. The plan gives no times or addresses for the chain; each waits 30 min like the secondary, and the addresses are placeholders for an admin to replace.",
  levels: [
    {
      name: "Primary on-call",
      roleLabel: "Incident Commander",
      escalateAfterMinutes: 15,
      email: "oncall-primary@company.com",
      user: "commander@bridge.local",
    },
    {
      name: "Secondary on-call",
      roleLabel: "Technical Lead",
      escalateAfterMinutes: 30,
      email: "oncall-secondary@company.com",
      user: "responder@bridge.local",
    },
    {
      name: "Engineering Manager",
      roleLabel: "Engineering Manager",
      escalateAfterMinutes: 30,
      email: "eng-manager@company.com",
      user: null,
    },
    {
      name: "VP Engineering",
      roleLabel: "VP Engineering",
      escalateAfterMinutes: 30,
      email: "vp-engineering@company.com",
      user: null,
    },
    { name: "CTO", roleLabel: "CTO", escalateAfterMinutes: 30, email: "cto@company.com", user: null },
  ],
};

// Stakeholder Notification Matrix → groups
export const STAKEHOLDER_GROUPS = [
  ["incident_commander", "Incident commander"],
  ["cto", "CTO"],
  ["customers", "Customers"],
  ["all_engineering", "All engineering"],
  ["customer_success", "Customer success"],
  ["executive_team", "Executive team"],
  ["board_if_extended", "Board (if extended)"],
  ["engineering_manager", "Engineering manager"],
  ["affected_customers", "Affected customers"],
  ["engineering_team", "Engineering team"],
  ["weekly_incident_report", "Weekly incident report"],
] as const;

// The groups outside the organisation: a DR drill never notifies them.
export const EXTERNAL_GROUPS = ["customers", "affected_customers"] as const;

// NOTIFICATION_MATRIX: severity → deadline (minutes after declaration) → groups
export const NOTIFICATION_MATRIX = {
  SEV1: {
    0: ["incident_commander", "cto", "customers"],
    15: ["all_engineering", "customer_success"],
    60: ["executive_team", "board_if_extended"],
  },
  SEV2: { 30: ["incident_commander", "engineering_manager"], 120: ["affected_customers", "customer_success"] },
  SEV3: { 120: ["engineering_team", "incident_commander"], 480: ["weekly_incident_report"] },
} as const;
