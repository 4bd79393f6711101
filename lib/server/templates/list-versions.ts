import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { diffVersions } from "@/lib/domain/template-diff";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Every version of a template, newest first, each with who saved it and its diff to the one before. */
export async function listVersions(ctx: Ctx, key: string) {
  authorize(ctx, "plan:read");
  const template = await db.communicationTemplate.findUnique({
    where: { key },
    include: {
      versions: { orderBy: { version: "asc" }, include: { createdBy: { select: { name: true } } } },
    },
  });
  if (!template) throw new DomainError("NOT_FOUND", `No template ${key}`);
  return template.versions
    .map((v, i) => ({
      version: v.version,
      current: v.version === template.currentVersion,
      restoredFrom: v.restoredFrom,
      createdAt: v.createdAt,
      // The seed writes the plan's first versions; nobody signed in saved them.
      author: v.createdBy?.name ?? "Seeded from the plan",
      diffs: diffVersions(i > 0 ? template.versions[i - 1] : null, v),
    }))
    .reverse();
}
