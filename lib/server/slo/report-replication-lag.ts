import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { replicationLagSchema, reportedAt } from "@/lib/domain/slo/replication-lag-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

export type ReplicationLagResult = {
  asset: string;
  lagSeconds: number | null;
  reportedAt: string | null;
  /** False when a newer report was stored already: an old report arriving late does not replace it. */
  stored: boolean;
};

/**
 * POST /api/v1/replication-lag: records how far a data asset's replica is behind. The RPO of a
 * continuously replicated asset (RPO 0) is judged by this lag, so the newest report wins.
 */
export async function reportReplicationLag(ctx: Ctx, input: unknown): Promise<ReplicationLagResult> {
  return mutate(ctx, "sli:write", replicationLagSchema, input, async (tx, data) => {
    const when = reportedAt(data, ctx.now);
    if ("error" in when) throw new DomainError("VALIDATION", `Invalid input: at`, { at: [when.error] });
    const asset = await tx.dataAsset.findUnique({ where: { slug: data.asset } });
    if (!asset) {
      throw new DomainError("VALIDATION", `Invalid input: asset`, {
        asset: [`No data asset has the slug "${data.asset}"`],
      });
    }
    const { count } = await tx.dataAsset.updateMany({
      where: {
        id: asset.id,
        OR: [{ replicationReportedAt: null }, { replicationReportedAt: { lte: when.at } }],
      },
      data: { replicationLagSeconds: data.lagSeconds, replicationReportedAt: when.at },
    });
    const stored = count === 1;
    const current = stored
      ? { lagSeconds: data.lagSeconds, reportedAt: when.at }
      : { lagSeconds: asset.replicationLagSeconds, reportedAt: asset.replicationReportedAt };
    return {
      result: {
        asset: asset.slug,
        lagSeconds: current.lagSeconds,
        reportedAt: current.reportedAt?.toISOString() ?? null,
        stored,
      },
      audit: {
        action: "replication-lag.report",
        entityType: "DataAsset",
        entityId: asset.id,
        before: { lagSeconds: asset.replicationLagSeconds, reportedAt: asset.replicationReportedAt },
        after: { lagSeconds: data.lagSeconds, reportedAt: when.at, stored },
      },
      event: { type: "recovery" },
    };
  });
}
