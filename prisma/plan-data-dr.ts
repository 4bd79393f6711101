// The plan's communication templates, DR test programme, backup tiers and plan metrics.

// INCIDENT_TEMPLATES, verbatim: the first line is the subject, the rest the body. Then the status
// page's templates, one per state, in plain public words: "Post an update" suggests them by state.
export const TEMPLATES = [
  {
    key: "initial_notification",
    name: "Initial notification",
    description: "The plan's first message to stakeholders when an incident is declared.",
    state: "INVESTIGATING",
    audience: "STAKEHOLDERS",
    shortText: "INCIDENT ALERT: {service_name} disruption ({severity_level}). Next update {next_update_time}.",
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
    description: "The plan's message to stakeholders once the incident is resolved.",
    state: "RESOLVED",
    audience: "STAKEHOLDERS",
    shortText: "RESOLVED: {service_name} restored after {total_duration}.",
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
  {
    key: "status_investigating",
    name: "Status page: investigating",
    description: "First public update: we know, we are on it.",
    state: "INVESTIGATING",
    audience: "PUBLIC",
    subject: "{service_name}: investigating a disruption",
    body: `We are investigating reports of problems with {service_name}. Some users may be affected.

We will post another update by {next_update_time}.`,
    shortText: "Investigating problems with {service_name}. Next update by {next_update_time}.",
  },
  {
    key: "status_identified",
    name: "Status page: identified",
    description: "Public update once the cause is known and a fix is under way.",
    state: "IDENTIFIED",
    audience: "PUBLIC",
    subject: "{service_name}: cause identified",
    body: `We have identified the cause of the problems with {service_name} and are working on a fix.

We will post another update by {next_update_time}.`,
    shortText: "Cause identified for {service_name}; fix in progress. Next update by {next_update_time}.",
  },
  {
    key: "status_monitoring",
    name: "Status page: monitoring",
    description: "Public update once a fix is in place and being watched.",
    state: "MONITORING",
    audience: "PUBLIC",
    subject: "{service_name}: fix in place, monitoring",
    body: `A fix for the problems with {service_name} is in place. We are monitoring to make sure it holds.

We will post another update by {next_update_time}.`,
    shortText: "Fix in place for {service_name}; monitoring.",
  },
  {
    key: "status_resolved",
    name: "Status page: resolved",
    description: "Closing public update.",
    state: "RESOLVED",
    audience: "PUBLIC",
    subject: "{service_name}: resolved",
    body: `The problems with {service_name} are resolved and the service is working normally.

Thank you for your patience.`,
    shortText: "Resolved: {service_name} is working normally.",
  },
  {
    key: "maintenance_scheduled",
    name: "Status page: scheduled maintenance",
    description: "Announces planned maintenance ahead of time.",
    state: "MAINTENANCE",
    audience: "PUBLIC",
    subject: "Scheduled maintenance: {maintenance_title}",
    body: `{service_name} will undergo scheduled maintenance ({maintenance_title}) from {maintenance_window}.

Some features may be briefly unavailable during this window.`,
    shortText: "Scheduled maintenance for {service_name}: {maintenance_window}.",
  },
] as const;

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
