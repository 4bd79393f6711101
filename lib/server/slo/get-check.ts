import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** One check with its last 20 results, newest first. */
export async function getHealthCheck(ctx: Ctx, id: string) {
  authorize(ctx, "plan:read");
  const check = await db.healthCheck.findUnique({
    where: { id },
    include: {
      service: { select: { name: true } },
      results: { orderBy: { at: "desc" }, take: 20 },
    },
  });
  if (!check) throw new DomainError("NOT_FOUND", "No such health check.");
  return check;
}
