import "server-only";
import { randomUUID } from "node:crypto";
import { eventSchema, type EventInput } from "@/lib/domain/integrations/events-v2";
import { asImpact, asIncidentTitle } from "@/lib/domain/integrations/incident-fields";
import { mapSeverity, readSeverityMap } from "@/lib/domain/integrations/severity-map";
import { isSeverity } from "@/lib/domain/severity";
import { db } from "../db";
import { admit } from "./admit";
import type { Source } from "./authenticate";
import { processAlert, type AlertInput, type Processed } from "./process-alert";

const ACTION = { trigger: "firing", acknowledge: "acknowledge", resolve: "resolved" } as const;

async function componentOf(event: EventInput, source: Source): Promise<string[]> {
  const named = event.payload?.component?.trim().toLowerCase();
  if (named && (await db.component.findUnique({ where: { slug: named }, select: { id: true } }))) return [named];
  return source.componentSlugs;
}

function eventInput(source: Source, event: EventInput, dedupKey: string, slugs: string[], now: Date): AlertInput {
  const fallback = isSeverity(source.defaultSeverity) ? source.defaultSeverity : "SEV3";
  const severity = mapSeverity(readSeverityMap(source.severityMap), event.payload?.severity, fallback);
  const title = asIncidentTitle(event.payload?.summary ?? dedupKey);
  const from = event.payload ? `Reported by ${event.payload.source}` : "";
  return {
    kind: "events-v2",
    action: ACTION[event.event_action],
    dedupKey,
    groupKey: null,
    severity,
    summary: title,
    startsAt: now,
    declare: () => ({ title, severity, componentSlugs: slugs, impact: asImpact(from) }),
    payload: event,
  };
}

/** An Events v2 event: trigger declares (or updates the open incident of its key), acknowledge and resolve act on it. */
export async function receiveEvent(source: Source, raw: unknown, now: Date): Promise<Processed> {
  const event = await admit(source, "events-v2", eventSchema, raw, now);
  // A trigger without a dedup key opens its own alert; the key is answered so the sender can close it.
  const dedupKey = event.dedup_key ?? randomUUID();
  const slugs = event.event_action === "trigger" ? await componentOf(event, source) : source.componentSlugs;
  return processAlert(source, eventInput(source, event, dedupKey, slugs, now), now);
}
