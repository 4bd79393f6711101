import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { sampleRange, type SampleQuery } from "@/lib/domain/slo/sample-query";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/**
 * An SLO's raw samples in a range of at most a day, oldest first. A page ends at a sample's `at`,
 * which is unique per SLO, so the next page starts strictly after it and never repeats one.
 * Raw samples are kept BRIDGE_SLI_RAW_RETENTION_DAYS; older ranges answer an empty page. The
 * endpoint parsed the query with sampleQuerySchema.
 */
export async function listSamples(ctx: Ctx, slug: string, query: SampleQuery) {
  authorize(ctx, "plan:read");
  const slo = await db.slo.findUnique({ where: { slug }, select: { id: true } });
  if (!slo) throw new DomainError("NOT_FOUND", `No service level objective is named ${JSON.stringify(slug)}.`);
  const range = sampleRange(query, ctx.now);
  if ("field" in range)
    throw new DomainError("VALIDATION", `Invalid input: ${range.field}`, { [range.field]: [range.message] });
  const rows = await db.sliSample.findMany({
    where: { sloId: slo.id, at: { gte: range.from, lt: range.to, ...(query.cursor ? { gt: query.cursor } : {}) } },
    orderBy: { at: "asc" },
    take: query.take + 1,
    select: { at: true, good: true, total: true, latencyP95Ms: true, source: true, receivedAt: true },
  });
  const items = rows.slice(0, query.take);
  return {
    items,
    nextCursor: rows.length > query.take ? items[items.length - 1].at.toISOString() : null,
  };
}
