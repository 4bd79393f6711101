import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Permission } from "@/lib/domain/roles";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The id behind a component slug; like incidentIdByNumber, a refusal still comes before a 404. */
export async function componentIdBySlug(ctx: Ctx, slug: string, permission: Permission): Promise<string> {
  const component = await db.component.findUnique({ where: { slug }, select: { id: true } });
  if (component) return component.id;
  authorize(ctx, permission);
  throw new DomainError("NOT_FOUND", `There is no component ${JSON.stringify(slug)}.`);
}
