import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { diffVersions } from "@/lib/domain/template-diff";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** One template with every version, newest first, each with who saved it and its diff to the one before. */
export async function getTemplate(ctx: Ctx, key: string) {
  authorize(ctx, "plan:read");
  const template = await db.communicationTemplate.findUnique({
    where: { key },
    include: {
      versions: { orderBy: { version: "asc" }, include: { createdBy: { select: { name: true, email: true } } } },
      _count: { select: { rules: true, statusUpdates: true } },
    },
  });
  if (!template) throw new DomainError("NOT_FOUND", `No template ${key}`);
  const { versions, ...rest } = template;
  const withDiffs = versions.map((v, i) => ({
    version: v.version,
    subject: v.subject,
    body: v.body,
    shortText: v.shortText,
    restoredFrom: v.restoredFrom,
    createdAt: v.createdAt,
    author: v.createdBy?.name ?? (v.version === 1 ? "the plan" : "unknown"),
    diffs: diffVersions(i > 0 ? versions[i - 1] : null, v),
  }));
  const current = withDiffs.find((v) => v.version === template.currentVersion) ?? withDiffs.at(-1) ?? null;
  return { ...rest, current, versions: withDiffs.reverse() };
}
