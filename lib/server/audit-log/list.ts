import "server-only";
import { auditFilterSchema } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

/** Newest first, filtered, paginated by cursor (the id of the last row already shown). */
export async function listAuditLog(ctx: Ctx, input: unknown) {
  authorize(ctx, "audit:read");
  const filter = parseInput(auditFilterSchema, input);
  const where: Prisma.AuditLogWhereInput = {
    actorLabel: filter.actor ? { contains: filter.actor, mode: "insensitive" } : undefined,
    action: filter.action ? { startsWith: filter.action } : undefined,
    entityType: filter.entityType,
    at: filter.from || filter.to ? { gte: filter.from, lte: filter.to } : undefined,
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: filter.take + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const hasMore = rows.length > filter.take;
  const items = hasMore ? rows.slice(0, filter.take) : rows;
  return { items, nextCursor: hasMore ? items[items.length - 1].id : null };
}

export async function listAuditFacets(ctx: Ctx) {
  authorize(ctx, "audit:read");
  const [actions, entityTypes] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}
