import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Templates with their current version's texts and how many versions and rules each has; archived last. */
export async function listTemplates(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const templates = await db.communicationTemplate.findMany({
    orderBy: [{ state: "asc" }, { key: "asc" }],
    include: { _count: { select: { versions: true, rules: true } } },
  });
  const versions = await db.templateVersion.findMany({
    where: { OR: templates.map((t) => ({ templateId: t.id, version: t.currentVersion })) },
  });
  const current = new Map(versions.map((v) => [v.templateId, v]));
  return templates.map((t) => ({ ...t, current: current.get(t.id) ?? null }));
}
