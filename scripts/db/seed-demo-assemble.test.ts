// The demo postmortems come with their timelines and key times assembled from their incidents,
// as a postmortem started in the app would: one system entry per event, key times as recorded.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "@/prisma/seed";

async function demoPostmortems() {
  return db.postmortem.findMany({
    include: {
      incident: { include: { events: true } },
      timeline: { orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
      keyTimes: true,
    },
  });
}

describe("demo postmortems", () => {
  it("have a timeline entry per incident event and the five key times from the incident", async () => {
    const postmortems = await demoPostmortems();
    expect(postmortems.length).toBeGreaterThan(0);
    for (const pm of postmortems) {
      const title = pm.incident.title;
      expect(pm.timeline.map((e) => e.eventId).sort(), title).toEqual(pm.incident.events.map((e) => e.id).sort());
      expect(
        pm.timeline.every((e) => e.source === "SYSTEM" && e.systemText === e.text),
        title,
      ).toBe(true);
      expect(pm.timeline[0], title).toMatchObject({ eventKind: "DECLARED", mark: "DETECTION", hidden: false });
      const marks = pm.timeline.filter((e) => e.eventKind === "STATUS_CHANGED").map((e) => e.mark);
      expect(marks, title).toEqual(["DIAGNOSIS", "REPAIR", "KEY_MOMENT"]);

      const at = Object.fromEntries(pm.keyTimes.map((k) => [k.kind, k.at?.getTime()]));
      expect(at, title).toEqual({
        IMPACT_STARTED: pm.incident.startedAt.getTime(),
        DETECTED: pm.incident.detectedAt.getTime(),
        ACKNOWLEDGED: pm.incident.acknowledgedAt?.getTime(),
        MITIGATED: pm.incident.mitigatedAt?.getTime(),
        RESOLVED: pm.incident.resolvedAt?.getTime(),
      });
    }
  });

  it("are not assembled twice when the seed runs again", async () => {
    const before = await db.postmortemTimelineEntry.count();
    await seed(db, { demo: true });
    expect(await db.postmortemTimelineEntry.count()).toBe(before);
  });
});
