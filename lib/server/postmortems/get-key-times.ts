import "server-only";
import { deriveKeyTimes, keyDurations, orderProblems, type KeyTimes } from "@/lib/domain/postmortem/key-times";
import { KEY_TIME_KINDS } from "@/lib/domain/postmortem-status";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/**
 * The five key times as assembled (derived, and the correction in force with its reason and who
 * made it), the durations between them and any impossible order. A time not assembled yet is
 * derived on the spot, so the panel never shows less than the records know.
 */
export async function getKeyTimes(ctx: Ctx, postmortemId: string) {
  authorize(ctx, "incident:read");
  const postmortem = await db.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    include: { incident: true },
  });
  const stored = await db.postmortemKeyTime.findMany({
    where: { postmortemId },
    include: { correctedBy: { select: { name: true } } },
  });
  const events =
    stored.length < KEY_TIME_KINDS.length
      ? await db.incidentEvent.findMany({
          where: { incidentId: postmortem.incidentId, kind: { in: ["ACKNOWLEDGED", "STATUS_CHANGED"] } },
        })
      : [];
  const live = deriveKeyTimes(postmortem.incident, events);
  const rows = KEY_TIME_KINDS.map((kind) => {
    const row = stored.find((r) => r.kind === kind);
    return {
      kind,
      derivedAt: row ? row.derivedAt : live[kind],
      at: row ? row.at : live[kind],
      corrected: Boolean(row?.reason),
      reason: row?.reason ?? null,
      correctedBy: row?.correctedBy?.name ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
  const times = Object.fromEntries(rows.map((r) => [r.kind, r.at])) as KeyTimes;
  return { rows, times, durations: keyDurations(times), problems: orderProblems(times) };
}
