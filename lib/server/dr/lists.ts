import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

export async function listRisks(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const [risks, scenarios] = await Promise.all([
    db.risk.findMany({ orderBy: [{ mitigationPriority: "desc" }, { title: "asc" }] }),
    db.failureScenario.findMany({
      orderBy: [{ category: "asc" }, { key: "asc" }],
      include: { runbook: { select: { key: true, title: true } } },
    }),
  ]);
  return { risks, scenarios };
}

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
