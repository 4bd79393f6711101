import "server-only";
import type { Ctx } from "../context";
import { listIncidents } from "../incidents/list";
import { incidentListJson } from "./incident-json";

const FILTERS = ["status", "severity", "componentId", "componentSlug", "q", "cursor", "take"] as const;

/** GET /api/v1/incidents: the list's filters from the query string; the service authorizes and validates them. */
export async function listIncidentsFromApi(ctx: Ctx, params: URLSearchParams) {
  const input: Record<string, string> = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const page = await listIncidents(ctx, input);
  return { items: page.items.map(incidentListJson), nextCursor: page.nextCursor };
}
