import "server-only";
import { summarizeMttx } from "@/lib/domain/mttx";
import { startOfMonth } from "@/lib/domain/slo/window";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";

const DAY_MS = 86_400_000;

/**
 * MTTA and MTTR per severity and month for the last `months` calendar months (this one included)
 * in BRIDGE_TIME_ZONE, with each incident's corrected postmortem key times.
 */
export async function readMttx(ctx: Ctx, months = 12, timeZone = env.BRIDGE_TIME_ZONE) {
  authorize(ctx, "incident:read");
  // The first day of the month `months - 1` before this one: step back by whole months' starts.
  let from = startOfMonth(ctx.now, timeZone);
  for (let i = 1; i < months; i++) from = startOfMonth(new Date(from.getTime() - DAY_MS), timeZone);
  // A day either side: a corrected start can move an incident across the range's edge.
  const incidents = await db.incident.findMany({
    where: { startedAt: { gte: new Date(from.getTime() - DAY_MS), lte: new Date(ctx.now.getTime() + DAY_MS) } },
    select: {
      severity: true,
      startedAt: true,
      detectedAt: true,
      acknowledgedAt: true,
      mitigatedAt: true,
      resolvedAt: true,
      postmortem: { select: { keyTimes: { select: { kind: true, at: true, reason: true } } } },
    },
  });
  return summarizeMttx(
    incidents.map(({ postmortem, ...incident }) => ({ ...incident, keyTimes: postmortem?.keyTimes ?? [] })),
    { from, to: ctx.now, timeZone },
  );
}
