import "server-only";
import { isClosed, isOverdue, listActionItemsSchema, type ActionItemFilter } from "@/lib/domain/action-items";
import { ACTION_ITEM_STATUSES } from "@/lib/domain/postmortem-status";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

/** Later incidents shown per item; the list links to all of the component's incidents for more. */
export const LATER_INCIDENTS_SHOWN = 3;
const MAX_ITEMS = 500;

const INCLUDE = {
  owner: { select: { id: true, name: true, email: true } },
  component: { select: { id: true, name: true } },
  postmortem: {
    select: {
      id: true,
      status: true,
      incident: { select: { id: true, number: true, title: true, startedAt: true } },
    },
  },
  // An item from a failed DR test run links to the test instead.
  drTestRun: { select: { id: true, startedAt: true, test: { select: { key: true, name: true } } } },
} satisfies Prisma.ActionItemInclude;

export type LaterIncident = { id: string; number: number; title: string; startedAt: Date; status: string };
export type ActionItemRow = Prisma.ActionItemGetPayload<{ include: typeof INCLUDE }> & {
  overdue: boolean;
  laterIncidents: LaterIncident[];
};

/** The rows a filter selects at `now`; "overdue" keeps only open statuses whose due day has passed. */
export function actionItemWhere(filter: ActionItemFilter, now: Date): Prisma.ActionItemWhereInput {
  const statuses = filter.status.length ? filter.status : [...ACTION_ITEM_STATUSES];
  return {
    ownerId: filter.ownerId,
    componentId: filter.componentId,
    postmortemId: filter.postmortemId,
    status: { in: filter.overdue ? statuses.filter((s) => !isClosed(s)) : statuses },
    dueDate: filter.overdue ? { lt: now } : undefined,
  };
}

/**
 * Action items across all postmortems and DR test runs, filtered by owner, statuses, component, postmortem and
 * "overdue only" (open, due day passed at ctx.now): open ones first, soonest due first. Each
 * comes with its postmortem's incident and the newest few incidents on its component declared
 * after that one. Two reads whatever the number of items.
 */
export async function listActionItems(ctx: Ctx, input: unknown): Promise<ActionItemRow[]> {
  authorize(ctx, "incident:read");
  const filter = parseInput(listActionItemsSchema, input);
  const items = await db.actionItem.findMany({
    where: actionItemWhere(filter, ctx.now),
    include: INCLUDE,
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take: MAX_ITEMS,
  });
  const later = await laterIncidents(items);
  return items
    .map((item) => ({ ...item, overdue: isOverdue(item, ctx.now), laterIncidents: later.get(item.id) ?? [] }))
    .sort((a, b) => Number(isClosed(a.status)) - Number(isClosed(b.status)));
}

type Source = {
  id: string;
  componentId: string | null;
  postmortem: { incident: { startedAt: Date } } | null;
  drTestRun: { startedAt: Date } | null;
};

/** When the item's source happened: its incident's start, or its DR test run's. */
const sourceStart = (i: Source) => (i.postmortem?.incident.startedAt ?? i.drTestRun?.startedAt)!;

/** For every item with a component, the newest incidents on it that started after the item's own source: one query. */
async function laterIncidents(items: Source[]): Promise<Map<string, LaterIncident[]>> {
  const withComponent = items.filter((i): i is Source & { componentId: string } => i.componentId !== null);
  const found = new Map<string, LaterIncident[]>();
  if (withComponent.length === 0) return found;
  const rows = await db.$queryRaw<(LaterIncident & { itemId: string })[]>`
    SELECT q.item_id AS "itemId", i.id, i.number, i.title, i."startedAt", i.status
    FROM unnest(${withComponent.map((i) => i.id)}::text[], ${withComponent.map((i) => i.componentId)}::text[],
      ${withComponent.map(sourceStart)}::timestamp(3)[]) AS q(item_id, component_id, after)
    CROSS JOIN LATERAL (
      SELECT inc.id, inc.number, inc.title, inc."startedAt", inc.status::text AS status
      FROM "IncidentComponent" ic JOIN "Incident" inc ON inc.id = ic."incidentId"
      WHERE ic."componentId" = q.component_id AND inc."startedAt" > q.after
      ORDER BY inc."startedAt" DESC, inc.number DESC
      LIMIT ${LATER_INCIDENTS_SHOWN}
    ) i
    ORDER BY q.item_id, i."startedAt" DESC, i.number DESC`;
  for (const { itemId, ...incident } of rows) {
    const list = found.get(itemId) ?? [];
    list.push(incident);
    found.set(itemId, list);
  }
  return found;
}
