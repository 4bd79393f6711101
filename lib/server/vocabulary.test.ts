// The domain's vocabulary lists (lib/domain may not import Prisma) must name exactly the values
// of the schema's enums: in the generated client and in the migrated database, in the same order.
import { describe, expect, it } from "vitest";
import { COMPONENT_STATES } from "@/lib/domain/component-state";
import { CHANNELS, DELIVERY_STATUSES, OBLIGATION_STATUSES } from "@/lib/domain/delivery";
import { EVENT_KINDS } from "@/lib/domain/incident-event-kind";
import { STATUSES } from "@/lib/domain/incident-status";
import { LEVELS } from "@/lib/domain/level";
import { MAINTENANCE_STATUSES } from "@/lib/domain/maintenance-status";
import { MEMBER_KINDS } from "@/lib/domain/matrix-input";
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  KEY_TIME_KINDS,
  POSTMORTEM_STATUSES,
  REVIEW_STATES,
  SECTION_KEYS,
  TIMELINE_ENTRY_SOURCES,
  TIMELINE_MARKS,
} from "@/lib/domain/postmortem-status";
import { ROLES } from "@/lib/domain/roles";
import { SEVERITIES } from "@/lib/domain/severity";
import { SLO_ALERT_MODES, SLO_ALERT_STATES, SLO_KINDS, SLO_WINDOWS } from "@/lib/domain/slo/vocabulary";
import { SUBSCRIPTION_SCOPES } from "@/lib/domain/subscriptions";
import { TEMPLATE_AUDIENCES, TEMPLATE_STATES } from "@/lib/domain/template-vocabulary";
import * as prismaEnums from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

const DOMAIN: Record<string, readonly string[]> = {
  Role: ROLES,
  Severity: SEVERITIES,
  SloKind: SLO_KINDS,
  SloWindow: SLO_WINDOWS,
  SloAlertMode: SLO_ALERT_MODES,
  SloAlertState: SLO_ALERT_STATES,
  IncidentStatus: STATUSES,
  IncidentEventKind: EVENT_KINDS,
  MemberKind: MEMBER_KINDS,
  ObligationStatus: OBLIGATION_STATUSES,
  Channel: CHANNELS,
  DeliveryStatus: DELIVERY_STATUSES,
  PostmortemStatus: POSTMORTEM_STATUSES,
  ActionItemStatus: ACTION_ITEM_STATUSES,
  ActionItemPriority: ACTION_ITEM_PRIORITIES,
  PostmortemSectionKey: SECTION_KEYS,
  TimelineMark: TIMELINE_MARKS,
  TimelineEntrySource: TIMELINE_ENTRY_SOURCES,
  KeyTimeKind: KEY_TIME_KINDS,
  ReviewState: REVIEW_STATES,
  Level: LEVELS,
  ComponentState: COMPONENT_STATES,
  SubscriptionScope: SUBSCRIPTION_SCOPES,
  MaintenanceStatus: MAINTENANCE_STATUSES,
  TemplateState: TEMPLATE_STATES,
  TemplateAudience: TEMPLATE_AUDIENCES,
};

describe("domain vocabularies match the schema's enums", () => {
  it.each(Object.entries(DOMAIN))("%s in the generated client", (name, values) => {
    const generated = (prismaEnums as unknown as Record<string, Record<string, string>>)[name];
    expect(generated, `no enum ${name} in the generated client`).toBeDefined();
    expect([...values]).toEqual(Object.values(generated));
  });

  it.each(Object.entries(DOMAIN))("%s in the database", async (name, values) => {
    const rows = await db.$queryRaw<{ label: string }[]>`
      SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
      WHERE t.typname = ${name} ORDER BY e.enumsortorder`;
    expect([...values]).toEqual(rows.map((r) => r.label));
  });
});
