// The demo postmortems' timelines and key times, assembled from their incidents' events the same
// way a postmortem started in the app is (lib/domain/postmortem), so the demo shows them filled in.
import type { Db } from "../lib/db/create-client";
import { deriveKeyTimes } from "../lib/domain/postmortem/key-times";
import { assembleTimeline, timelineRows } from "../lib/domain/postmortem/timeline";
import { KEY_TIME_KINDS } from "../lib/domain/postmortem-status";

export async function assembleDemoPostmortem(db: Db, postmortemId: string): Promise<void> {
  const { incident } = await db.postmortem.findUniqueOrThrow({
    where: { id: postmortemId },
    include: { incident: true },
  });
  const events = await db.incidentEvent.findMany({ where: { incidentId: incident.id } });
  await db.postmortemTimelineEntry.createMany({
    data: timelineRows(postmortemId, assembleTimeline(events)),
    skipDuplicates: true,
  });
  const derived = deriveKeyTimes(incident, events);
  await db.postmortemKeyTime.createMany({
    data: KEY_TIME_KINDS.map((kind) => ({ postmortemId, kind, derivedAt: derived[kind], at: derived[kind] })),
    skipDuplicates: true,
  });
}
