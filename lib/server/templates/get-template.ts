import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** One template with its current version's texts and what uses it. */
export async function getTemplate(ctx: Ctx, key: string) {
  authorize(ctx, "plan:read");
  const template = await db.communicationTemplate.findUnique({
    where: { key },
    include: { _count: { select: { rules: true, statusUpdates: true } } },
  });
  if (!template) throw new DomainError("NOT_FOUND", `No template ${key}`);
  const current = await db.templateVersion.findUnique({
    where: { templateId_version: { templateId: template.id, version: template.currentVersion } },
  });
  return { ...template, current };
}
