import "server-only";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** A postmortem's timeline, oldest first, with who last edited each entry. */
export async function getTimeline(ctx: Ctx, postmortemId: string) {
  authorize(ctx, "incident:read");
  return db.postmortemTimelineEntry.findMany({
    where: { postmortemId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: { editedBy: { select: { name: true } } },
  });
}
