// The plan's communication templates, DR test programme, backup tiers and plan metrics.

// INCIDENT_TEMPLATES, verbatim: the first line is the subject, the rest the body.
export const TEMPLATES = [
  {
    key: "initial_notification",
    name: "Initial notification",
    subject: "INCIDENT ALERT: {service_name} Service Disruption",
    body: `Status: INVESTIGATING
Start Time: {incident_start_time}
Severity: {severity_level}

Impact: {impact_description}

Current Actions:
- Incident response team activated
- Root cause investigation in progress
- Mitigation measures being implemented

Next Update: {next_update_time}
Incident Commander: {commander_name}`,
  },
  {
    key: "resolution_notification",
    name: "Resolution notification",
    subject: "INCIDENT RESOLVED: {service_name} Service Restored",
    body: `Status: RESOLVED
Resolution Time: {resolution_time}
Duration: {total_duration}

Root Cause: {root_cause_summary}

Resolution Summary:
{resolution_actions}

Post-Incident Actions:
- Post-mortem scheduled for {postmortem_date}
- Preventive measures being implemented
- Service monitoring enhanced

Incident Commander: {commander_name}`,
  },
];

// DR_TESTING_SCHEDULE, and validate_recovery_metrics' scenarios with expected RTO/RPO.
export const DR_TESTS = [
  { key: "backup_restoration", name: "Backup restoration", cadence: "MONTHLY", method: "automated" },
  { key: "failover_testing", name: "Failover testing", cadence: "MONTHLY", method: "simulated_environment" },
  { key: "runbook_validation", name: "Runbook validation", cadence: "MONTHLY", method: "team_walkthrough" },
  { key: "full_dr_exercise", name: "Full DR exercise", cadence: "QUARTERLY", method: "production_like_environment" },
  {
    key: "cross_region_failover",
    name: "Cross-region failover",
    cadence: "QUARTERLY",
    method: "scheduled_maintenance_window",
    expectedRtoMinutes: 240,
    expectedRpoMinutes: 15,
    successCriteria: "full_service_availability_in_secondary_region",
  },
  { key: "team_training", name: "Team training", cadence: "QUARTERLY", method: "scenario_based_exercises" },
  {
    key: "comprehensive_dr_test",
    name: "Comprehensive DR test",
    cadence: "ANNUALLY",
    method: "complete_system_failover",
  },
  {
    key: "business_continuity_audit",
    name: "Business continuity audit",
    cadence: "ANNUALLY",
    method: "third_party_assessment",
  },
  { key: "plan_update", name: "Plan update", cadence: "ANNUALLY", method: "incorporate_lessons_learned" },
  {
    key: "container_registry_failover",
    name: "Container registry failover",
    cadence: "ON_DEMAND",
    method: "recovery_metrics_validation",
    expectedRtoMinutes: 15,
    expectedRpoMinutes: 0,
    successCriteria: "service_fully_operational",
  },
  {
    key: "configuration_restore",
    name: "Configuration restore",
    cadence: "ON_DEMAND",
    method: "recovery_metrics_validation",
    expectedRtoMinutes: 30,
    expectedRpoMinutes: 5,
    successCriteria: "all_configs_restored_and_validated",
  },
] as const;

// Backup & Recovery Strategy: code repository tiers, configuration backup, documentation assets.
export const BACKUP_POLICIES = [
  {
    key: "code-primary",
    name: "Code repository — primary",
    tier: "primary",
    asset: "code-repository",
    location: "GitHub (primary)",
    replication: "real-time",
    retention: "indefinite",
  },
  {
    key: "code-secondary",
    name: "Code repository — secondary",
    tier: "secondary",
    asset: "code-repository",
    location: "GitLab mirror",
    replication: "hourly sync",
    frequency: "hourly",
    retention: "2 years",
  },
  {
    key: "code-tertiary",
    name: "Code repository — tertiary",
    tier: "tertiary",
    asset: "code-repository",
    location: "Local enterprise backup",
    replication: "daily snapshot",
    frequency: "daily",
    retention: "7 years",
  },
  {
    key: "configuration",
    name: "Configuration backup",
    tier: "primary",
    asset: "configuration-data",
    location: "secure location",
    replication: "versioned backup",
    encryption: "encrypted",
    integrityCheck: "verify_backup_integrity",
    scope: [
      "pyproject.toml",
      "Dockerfile",
      "docker-compose.yml",
      ".github/workflows/",
      "docs/workflows/",
      "secrets.baseline",
      "environment_configs/",
    ],
  },
  {
    key: "generated-docs",
    name: "Generated documentation",
    tier: "primary",
    asset: "generated-documentation",
    frequency: "hourly",
    retention: "30 days",
    compression: "gzip",
    encryption: "AES-256",
  },
  {
    key: "templates",
    name: "Documentation templates",
    tier: "primary",
    asset: null,
    frequency: "on_change",
    retention: "indefinite",
    replication: "git_lfs",
    integrityCheck: "template_compilation_test",
  },
  {
    key: "performance-baselines",
    name: "Performance baselines",
    tier: "primary",
    asset: "performance-metrics",
    frequency: "daily",
    retention: "1 year",
    compression: "json_compressed",
    integrityCheck: "checksum_validation",
  },
] as const;

// DR_PLAN_METRICS
export const PLAN_METRICS = [
  {
    key: "successful_recoveries",
    category: "plan_effectiveness",
    name: "Successful recoveries",
    measure: "percentage_of_successful_tests",
  },
  {
    key: "rto_achievement",
    category: "plan_effectiveness",
    name: "RTO achievement",
    measure: "percentage_meeting_rto_targets",
  },
  {
    key: "rpo_achievement",
    category: "plan_effectiveness",
    name: "RPO achievement",
    measure: "percentage_meeting_rpo_targets",
  },
  {
    key: "plan_accuracy",
    category: "plan_effectiveness",
    name: "Plan accuracy",
    measure: "percentage_of_runbooks_executed_without_modification",
  },
  {
    key: "update_frequency",
    category: "continuous_improvement",
    name: "Update frequency",
    measure: "monthly_plan_reviews",
  },
  {
    key: "testing_coverage",
    category: "continuous_improvement",
    name: "Testing coverage",
    measure: "quarterly_comprehensive_tests",
  },
  {
    key: "team_readiness",
    category: "continuous_improvement",
    name: "Team readiness",
    measure: "monthly_training_sessions",
  },
  {
    key: "technology_updates",
    category: "continuous_improvement",
    name: "Technology updates",
    measure: "quarterly_tool_evaluation",
  },
] as const;

export const DEMO_PASSWORD = "bridge-demo-pass";

export const DEMO_USERS = [
  { email: "admin@bridge.local", name: "Ada Admin", role: "ADMIN" },
  { email: "commander@bridge.local", name: "Casey Commander", role: "COMMANDER" },
  { email: "responder@bridge.local", name: "Riley Responder", role: "RESPONDER" },
  { email: "stakeholder@bridge.local", name: "Sam Stakeholder", role: "STAKEHOLDER" },
] as const;
