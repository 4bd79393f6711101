import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Templates with their current version's subject and body, and how many versions exist. */
export async function listTemplates(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const templates = await db.communicationTemplate.findMany({
    orderBy: { key: "asc" },
    include: {
      versions: { orderBy: { version: "desc" }, take: 1 },
      _count: { select: { versions: true, rules: true } },
    },
  });
  return templates.map(({ versions, ...t }) => ({ ...t, current: versions[0] ?? null }));
}
