import "server-only";
import { ITEM_SELECT } from "../action-items/list-page";
import type { Ctx } from "../context";
import { db } from "../db";
import { actionItemJson } from "./postmortem-json";

/** An item just written, read back with its owner and component as the API answers with it. */
export async function readActionItem(ctx: Ctx, id: string) {
  return actionItemJson(await db.actionItem.findUniqueOrThrow({ where: { id }, select: ITEM_SELECT }), ctx.now);
}
