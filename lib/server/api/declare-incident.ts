import "server-only";
import { z } from "zod";
import { DomainError, isDomainError, type FieldErrors } from "@/lib/domain/errors";
import { declareSchema } from "@/lib/domain/incidents";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { parseInput } from "../validate";
import { bodyObject } from "./find-incident";
import { readIncident } from "./read-incident";

// What alerting tools know that the console's form does not need: component slugs and the
// commander's e-mail. Both are turned into ids before the ordinary declare runs.
const apiExtras = z.object({
  componentSlugs: z.array(z.string({ error: "Each slug must be a string" }).trim().min(1, "Empty slug"), { error: "Must be a list of component slugs" }).optional(),
  commanderEmail: z.email({ error: "Not a valid e-mail address" }).trim().toLowerCase().optional(),
});

function errorsOf(run: () => unknown): FieldErrors {
  try {
    run();
    return {};
  } catch (error) {
    if (isDomainError(error)) return error.fieldErrors;
    throw error;
  }
}

/** The declare command with slugs and e-mail resolved; every bad field is reported at once. */
async function resolveDeclareBody(raw: unknown): Promise<Record<string, unknown>> {
  const body = bodyObject(raw);
  const errors: FieldErrors = errorsOf(() => parseInput(apiExtras, body));
  const extras = apiExtras.safeParse(body).data ?? {};
  const input: Record<string, unknown> = { ...body };
  delete input.componentSlugs;
  delete input.commanderEmail;

  if (extras.componentSlugs) {
    const found = await db.component.findMany({ where: { slug: { in: extras.componentSlugs } }, select: { id: true, slug: true } });
    const unknown = extras.componentSlugs.filter((s) => !found.some((c) => c.slug === s));
    if (unknown.length) errors.componentSlugs = [`Unknown component: ${unknown.join(", ")}`];
    const ids = Array.isArray(body.componentIds) ? (body.componentIds as unknown[]) : [];
    input.componentIds = [...new Set([...ids, ...found.map((c) => c.id)])];
  }
  if (extras.commanderEmail) {
    const commander = await db.user.findFirst({ where: { email: extras.commanderEmail, active: true }, select: { id: true } });
    if (commander) input.commanderId = commander.id;
    else errors.commanderEmail = ["No active user with this e-mail"];
  }
  const slugsGiven = Array.isArray(body.componentSlugs) && body.componentSlugs.length > 0;
  Object.assign(errors, errorsOf(() => parseInput(declareSchema, input)));
  // Slugs that were given but all unknown make the component list empty: report the slugs, not ids.
  if (slugsGiven && errors.componentSlugs) delete errors.componentIds;
  if (Object.keys(errors).length) throw new DomainError("VALIDATION", `Invalid input: ${Object.keys(errors).join(", ")}`, errors);
  return input;
}

/** POST /api/v1/incidents: declares, then answers with the incident as GET would show it. */
export async function declareFromApi(ctx: Ctx, raw: unknown) {
  authorize(ctx, "incident:declare");
  const incident = await declareIncident(ctx, await resolveDeclareBody(raw));
  return readIncident(ctx, incident.number);
}
