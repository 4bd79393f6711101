"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { deleteRisk } from "@/lib/server/risks/delete-risk";
import { reviewRisk } from "@/lib/server/risks/review-risk";
import { saveRisk } from "@/lib/server/risks/save-risk";

const FIELDS = [
  "id",
  "title",
  "probability",
  "impact",
  "mitigationPriority",
  "mitigation",
  "ownerId",
  "reviewDueAt",
] as const;

export async function saveRiskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => Object.fromEntries(FIELDS.map((k) => [k, f.get(k) ?? ""])), saveRisk, {
    revalidate: "/dr/risks",
    success: form.get("id") ? "Risk saved." : "Risk added.",
  });
}

export async function reviewRiskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: f.get("id"), nextReviewDueAt: f.get("nextReviewDueAt") ?? "" }), reviewRisk, {
    revalidate: "/dr/risks",
    success: "Marked reviewed.",
  });
}

export async function deleteRiskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: f.get("id") }), deleteRisk, { revalidate: "/dr/risks", success: "Deleted." });
}
