import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { listActiveUsers } from "./list-active-users";

/** One policy for its editor (levels in order, targets, pages per level) and the users to pick from. */
export async function getPolicy(ctx: Ctx, id: string) {
  authorize(ctx, "policy:manage");
  const policy = await db.escalationPolicy.findUnique({
    where: { id },
    include: {
      levels: {
        orderBy: { position: "asc" },
        include: {
          targets: { include: { user: { select: { name: true, email: true, active: true } } } },
          _count: { select: { pages: true } },
        },
      },
      _count: { select: { incidents: true } },
    },
  });
  if (!policy) throw new DomainError("NOT_FOUND", "No such escalation policy");
  return { policy, users: await listActiveUsers(ctx) };
}
