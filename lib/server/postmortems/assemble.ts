import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { deriveKeyTimes } from "@/lib/domain/postmortem/key-times";
import { assembleTimeline, timelineRows } from "@/lib/domain/postmortem/timeline";
import { KEY_TIME_KINDS } from "@/lib/domain/postmortem-status";

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Brings a postmortem's assembled parts up to date with its incident: a timeline entry for every
 * incident event not yet in it (entries the author edited, marked or hid are kept as they are)
 * and the key times derived from the events (a corrected one keeps its correction).
 * Idempotent: a second run with nothing new writes nothing. Events after `now` are left for later.
 */
export async function assemblePostmortem(tx: Tx, postmortemId: string, now: Date): Promise<{ added: number }> {
  const postmortem = await tx.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    select: {
      incidentId: true,
      incident: {
        select: { startedAt: true, detectedAt: true, acknowledgedAt: true, mitigatedAt: true, resolvedAt: true },
      },
    },
  });
  const events = await tx.incidentEvent.findMany({
    where: { incidentId: postmortem.incidentId, occurredAt: { lte: now } },
    select: { id: true, kind: true, message: true, data: true, actorLabel: true, occurredAt: true },
  });
  const present = await tx.postmortemTimelineEntry.findMany({
    where: { postmortemId, eventId: { not: null } },
    select: { eventId: true },
  });
  const known = new Set(present.map((e) => e.eventId));
  const fresh = assembleTimeline(events).filter((e) => !known.has(e.eventId));
  // skipDuplicates: two assemblies racing each insert an event once (unique postmortemId + eventId).
  const { count: added } = fresh.length
    ? await tx.postmortemTimelineEntry.createMany({
        data: timelineRows(postmortemId, fresh),
        skipDuplicates: true,
      })
    : { count: 0 };

  const derived = deriveKeyTimes(postmortem.incident, events);
  const stored = await tx.postmortemKeyTime.findMany({ where: { postmortemId } });
  for (const kind of KEY_TIME_KINDS) {
    const value = derived[kind];
    const row = stored.find((r) => r.kind === kind);
    const corrected = Boolean(row?.reason);
    if (row && sameTime(row.derivedAt, value) && (corrected || sameTime(row.at, value))) continue;
    await tx.postmortemKeyTime.upsert({
      where: { postmortemId_kind: { postmortemId, kind } },
      create: { postmortemId, kind, derivedAt: value, at: value },
      update: corrected ? { derivedAt: value } : { derivedAt: value, at: value },
    });
  }
  return { added };
}
