import "server-only";
import { timelineQuerySchema } from "@/lib/domain/incidents";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

const cursorOf = (e: { occurredAt: Date; id: string }) => `${e.occurredAt.getTime()}.${e.id}`;

/**
 * One page of an incident's timeline, oldest first. The cursor is the last event's (time, id), a
 * keyset read on the (incidentId, occurredAt) index: events added while paging come on later pages.
 */
export async function listTimeline(ctx: Ctx, incidentId: string, input: unknown) {
  authorize(ctx, "internal:read");
  const { cursor, take } = parseInput(timelineQuerySchema, input);
  const [ms, id] = cursor ? [new Date(Number(cursor.split(".")[0])), cursor.slice(cursor.indexOf(".") + 1)] : [];
  const after = ms ? { OR: [{ occurredAt: { gt: ms } }, { occurredAt: ms, id: { gt: id } }] } : {};
  const rows = await db.incidentEvent.findMany({
    where: { incidentId, ...after },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: take + 1,
    select: { id: true, kind: true, message: true, actorLabel: true, occurredAt: true },
  });
  const items = rows.slice(0, take);
  return {
    items,
    nextCursor: rows.length > take ? cursorOf(items[items.length - 1]) : null,
  };
}
