import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export async function listRunbooks(ctx: Ctx) {
  authorize(ctx, "plan:read");
  return db.runbook.findMany({
    orderBy: [{ category: "desc" }, { key: "asc" }],
    include: { steps: { orderBy: { position: "asc" } }, _count: { select: { runs: true } } },
  });
}

export async function listDrTests(ctx: Ctx) {
  authorize(ctx, "plan:read");
  return db.drTest.findMany({
    orderBy: [{ cadence: "asc" }, { key: "asc" }],
    include: { runs: { orderBy: { startedAt: "desc" }, take: 5 } },
  });
}
