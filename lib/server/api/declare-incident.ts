import "server-only";
import type { Ctx } from "../context";
import { declareIncident } from "../incidents/declare";
import { bodyObject } from "./find-incident";
import { readIncident } from "./read-incident";

/**
 * POST /api/v1/incidents: declares, then answers with the incident as GET would show it. The
 * service authorizes and validates once, slugs and commander e-mail included.
 */
export async function declareFromApi(ctx: Ctx, body: unknown) {
  const incident = await declareIncident(ctx, bodyObject(body));
  return readIncident(ctx, incident.number);
}
