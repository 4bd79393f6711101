import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { dateValue } from "@/lib/domain/risk-input";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { saveRisk } from "../risks/save-risk";

/**
 * PATCH /api/v1/risks/{id}: the fields sent replace the stored ones, the rest stay. The register's
 * service saves whole risks, so the stored values fill in what the caller left out.
 */
export async function patchRisk(ctx: Ctx, id: string, changes: object) {
  authorize(ctx, "dr:manage");
  const stored = await db.risk.findUnique({ where: { id } });
  if (!stored) throw new DomainError("NOT_FOUND", "No such risk.", { id: ["No such risk"] });
  const current = {
    title: stored.title,
    probability: stored.probability,
    impact: stored.impact,
    mitigationPriority: stored.mitigationPriority,
    mitigation: stored.mitigation,
    ownerId: stored.ownerId,
    reviewDueAt: dateValue(stored.reviewDueAt),
  };
  return saveRisk(ctx, { ...current, ...changes, id });
}
