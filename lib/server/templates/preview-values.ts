import "server-only";
import { incidentValues, sampleIncidentFacts } from "@/lib/domain/incident-values";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { loadIncidentFacts } from "./incident-facts";

/**
 * What the editor's preview fills placeholders with: the latest incident's values, so an author
 * sees what a real message would say (and what it would lack), or a sample incident's.
 */
export async function previewValues(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const latest = await db.incident.findFirst({ orderBy: { number: "desc" }, select: { id: true } });
  if (!latest) return { label: "a sample incident", values: incidentValues(sampleIncidentFacts(ctx.now), ctx.now) };
  const { incident, facts } = await db.$transaction((tx) => loadIncidentFacts(tx, latest));
  return {
    label: `incident #${incident.number} (${incident.status.toLowerCase()})`,
    values: incidentValues(facts, ctx.now),
  };
}
