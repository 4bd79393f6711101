import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export async function listUsers(ctx: Ctx) {
  authorize(ctx, "user:manage");
  return db.user.findMany({ orderBy: [{ active: "desc" }, { email: "asc" }] });
}
