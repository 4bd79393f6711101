import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Every token, newest first, with who created it; never the hash. */
export async function listTokens(ctx: Ctx) {
  authorize(ctx, "token:manage");
  return db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { email: true, name: true } } },
  });
}
