import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Permission } from "@/lib/domain/roles";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/**
 * The id behind an incident number, for a command whose service then authorizes once. Only when
 * there is no such incident is the permission checked here, so a refusal still comes before a 404.
 */
export async function incidentIdByNumber(ctx: Ctx, segment: string, permission: Permission): Promise<string> {
  const number = /^\d{1,9}$/.test(segment) ? Number(segment) : 0;
  const incident = number > 0 ? await db.incident.findUnique({ where: { number }, select: { id: true } }) : null;
  if (incident) return incident.id;
  authorize(ctx, permission);
  throw new DomainError("NOT_FOUND", `There is no incident ${number > 0 ? `#${number}` : JSON.stringify(segment)}.`);
}

/** A JSON body that must be an object, so its fields can be named in errors. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("VALIDATION", "Send a JSON object", { _body: ["Must be a JSON object"] });
  }
  return body as Record<string, unknown>;
}
