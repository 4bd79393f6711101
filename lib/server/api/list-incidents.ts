import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { listIncidents } from "../incidents/list";
import { incidentListJson } from "./incident-json";

const FILTERS = ["status", "severity", "componentId", "q", "cursor", "take"] as const;

/** GET /api/v1/incidents: the list's filters from the query string, plus `componentSlug`. */
export async function listIncidentsFromApi(ctx: Ctx, params: URLSearchParams) {
  authorize(ctx, "incident:read");
  const input: Record<string, string> = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const slug = params.get("componentSlug");
  if (slug) {
    const component = await db.component.findUnique({ where: { slug }, select: { id: true } });
    if (!component) throw new DomainError("VALIDATION", "Unknown component", { componentSlug: [`Unknown component: ${slug}`] });
    input.componentId = component.id;
  }
  const page = await listIncidents(ctx, input);
  return { items: page.items.map(incidentListJson), nextCursor: page.nextCursor };
}
