import "server-only";
import { z } from "zod";
import { TEMPLATE_AUDIENCES, TEMPLATE_STATES } from "@/lib/domain/template-vocabulary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

const suggestSchema = z.object({
  state: z.enum(TEMPLATE_STATES),
  audience: z.enum(TEMPLATE_AUDIENCES).optional(),
});

/**
 * The templates written for an incident (or maintenance) state, with their current version's
 * texts, for "Post an update" to offer. Archived templates are left out. With an audience, only
 * that audience's templates; without, all of the state's, public ones first.
 */
export async function suggestForState(ctx: Ctx, input: unknown) {
  authorize(ctx, "plan:read");
  const { state, audience } = parseInput(suggestSchema, input);
  const templates = await db.communicationTemplate.findMany({
    where: { state, archivedAt: null, ...(audience ? { audience } : {}) },
    orderBy: [{ audience: "desc" }, { name: "asc" }],
  });
  const versions = await db.templateVersion.findMany({
    where: { OR: templates.map((t) => ({ templateId: t.id, version: t.currentVersion })) },
  });
  const byTemplate = new Map(versions.map((v) => [v.templateId, v]));
  return templates.flatMap((t) => {
    const v = byTemplate.get(t.id);
    if (!v) return [];
    return [
      {
        id: t.id,
        key: t.key,
        name: t.name,
        description: t.description,
        state: t.state,
        audience: t.audience,
        version: v.version,
        subject: v.subject,
        body: v.body,
        shortText: v.shortText,
      },
    ];
  });
}
