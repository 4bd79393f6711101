import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The people a policy level may page: active users, by name. */
export async function listActiveUsers(ctx: Ctx) {
  authorize(ctx, "policy:manage");
  return db.user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}
