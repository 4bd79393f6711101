import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** Every source, by name, with the time of its latest event; never the key's hash. */
export async function listSources(ctx: Ctx) {
  authorize(ctx, "integration:manage");
  const [sources, latest] = await Promise.all([
    db.integrationSource.findMany({ orderBy: { name: "asc" } }),
    db.integrationEvent.groupBy({ by: ["sourceId"], _max: { receivedAt: true } }),
  ]);
  const last = new Map(latest.map((row) => [row.sourceId, row._max.receivedAt]));
  return sources.map((source) => ({ ...source, lastEventAt: last.get(source.id) ?? null }));
}
