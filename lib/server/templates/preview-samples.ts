import "server-only";
import { incidentValues, sampleIncidentFacts } from "@/lib/domain/incident-values";
import type { PreviewSample } from "@/lib/domain/placeholders";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { loadIncidentFacts } from "./incident-facts";

const RECENT = 8;

/**
 * What the editor's preview can fill placeholders with: recent incidents, newest first (or the
 * one asked for first), so an author sees what a real message would say and lack, then a sample
 * incident for a fresh install.
 */
export async function previewSamples(ctx: Ctx, first?: number): Promise<PreviewSample[]> {
  authorize(ctx, "plan:read");
  const recent = await db.incident.findMany({ orderBy: { number: "desc" }, take: RECENT, select: { id: true } });
  const asked = first ? await db.incident.findUnique({ where: { number: first }, select: { id: true } }) : null;
  const ids = [...new Set([...(asked ? [asked.id] : []), ...recent.map((i) => i.id)])];
  const samples = await db.$transaction(async (tx) => {
    const out: PreviewSample[] = [];
    for (const id of ids) {
      const { incident, facts } = await loadIncidentFacts(tx, { id });
      const state = incident.status.toLowerCase();
      out.push({ label: `incident #${incident.number} (${state})`, values: incidentValues(facts, ctx.now) });
    }
    return out;
  });
  return [...samples, { label: "a sample incident", values: incidentValues(sampleIncidentFacts(ctx.now), ctx.now) }];
}
