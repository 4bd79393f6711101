import "server-only";
import type { ActionItemPageQuery } from "@/lib/domain/action-items";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { decodeKeyset, encodeKeyset, pastKeyset } from "../keyset-cursor";
import { actionItemWhere } from "./list";

/** What a client of the API reads of an item: its fields, owner, component and where it came from. */
export const ITEM_SELECT = {
  id: true,
  postmortemId: true,
  title: true,
  successCriteria: true,
  status: true,
  priority: true,
  dueDate: true,
  completedAt: true,
  wontDoReason: true,
  createdAt: true,
  owner: { select: { id: true, name: true } },
  component: { select: { id: true, name: true } },
  postmortem: { select: { incident: { select: { number: true } } } },
} satisfies Prisma.ActionItemSelect;

export type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof ITEM_SELECT }>;

/** Action items under the console list's filters, oldest first, a page at a time; the endpoint parsed the query. */
export async function listActionItemPage(ctx: Ctx, filter: ActionItemPageQuery) {
  authorize(ctx, "incident:read");
  const after = filter.cursor ? decodeKeyset(filter.cursor) : null;
  const rows = await db.actionItem.findMany({
    where: {
      AND: [actionItemWhere(filter, ctx.now), after ? pastKeyset(after, "asc") : {}],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: filter.take + 1,
    select: ITEM_SELECT,
  });
  const items = rows.slice(0, filter.take);
  return { items, nextCursor: rows.length > filter.take ? encodeKeyset(items[items.length - 1]) : null };
}
