import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Policies, the default first, with their levels' delays and how many incidents used each. */
export async function listPolicies(ctx: Ctx) {
  authorize(ctx, "policy:manage");
  return db.escalationPolicy.findMany({
    orderBy: [{ isDefault: "desc" }, { name: "asc" }],
    include: {
      levels: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          name: true,
          escalateAfterMinutes: true,
          targets: { select: { userId: true, email: true } },
        },
      },
      _count: { select: { incidents: true } },
    },
  });
}
