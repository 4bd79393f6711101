import "server-only";
import { z } from "zod";
import { COMPONENT_STATES } from "@/lib/domain/component-state";
import { named } from "../schema-registry";
import { nullableTime, Status, time } from "./common";

// Status updates and the status page's components as the API answers with them: exactly what
// lib/server/status-updates and lib/server/status-page return.

export const ComponentState = named("ComponentState", z.enum(COMPONENT_STATES));

const counts = z.object({ sent: z.number().int(), failed: z.number().int(), pending: z.number().int() });

export const StatusUpdate = named(
  "StatusUpdate",
  z.object({
    id: z.string(),
    status: Status,
    message: z.string(),
    author: z.string().nullable().describe("Who posted it; null for a token or a removed user."),
    createdAt: time,
    publishedAt: nullableTime.describe("When it went on the status page; null for an internal update."),
    nextUpdateAt: nullableTime,
    audiences: z
      .array(z.object({ label: z.string(), counts: counts.nullable().describe("Deliveries; null for the page.") }))
      .describe("Where it went: the status page, subscribers, stakeholder groups."),
  }),
);

export const StatusUpdateList = named(
  "StatusUpdateList",
  z.object({ items: z.array(StatusUpdate).describe("Every update of the incident, newest first.") }),
);

export const PostedStatusUpdate = named(
  "PostedStatusUpdate",
  z.object({
    id: z.string().describe("The update's key: send the same `key` again and nothing is sent twice."),
    incidentId: z.string(),
    repeated: z.boolean().describe("True when this key was posted before; nothing was sent again."),
    deliveries: z.number().int().describe("Messages queued to stakeholder groups."),
    publishedAt: nullableTime,
    nextUpdateAt: nullableTime,
  }),
);

export const IncidentComponentState = named(
  "IncidentComponentState",
  z.object({ slug: z.string(), name: z.string(), publicState: ComponentState.nullable() }),
);

export const Component = named(
  "Component",
  z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    rtoMinutes: z.number().int(),
    public: z.boolean().describe("Whether the status page lists it."),
    group: z.string().nullable(),
    stateOverride: ComponentState.nullable().describe("Set by a commander over what incidents imply."),
    state: ComponentState.nullable().describe("What the status page shows now; null when not listed."),
  }),
);

export const ComponentList = named("ComponentList", z.object({ items: z.array(Component) }));

export const ComponentOverride = named(
  "ComponentOverride",
  z.object({ id: z.string(), name: z.string(), stateOverride: ComponentState.nullable() }),
);
