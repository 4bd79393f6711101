import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** One group for its editor: members, the rules that name it, and the users who could join. */
export async function getGroup(ctx: Ctx, key: string) {
  authorize(ctx, "matrix:manage");
  const group = await db.stakeholderGroup.findUnique({
    where: { key },
    include: {
      members: {
        orderBy: [{ kind: "asc" }, { label: "asc" }],
        include: { user: { select: { name: true, email: true, active: true } } },
      },
      rules: {
        orderBy: [{ severity: "asc" }, { withinMinutes: "asc" }],
        select: { id: true, severity: true, withinMinutes: true },
      },
      _count: { select: { obligations: true } },
    },
  });
  if (!group) throw new DomainError("NOT_FOUND", `No stakeholder group with the key ${key}`);
  const users = await db.user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
  return { group, users };
}
