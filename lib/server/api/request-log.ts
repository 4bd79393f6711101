import "server-only";
import type { Ctx } from "../context";
import { db } from "../db";

export type LoggedRequest = {
  method: string;
  route: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
};

/**
 * Records a token's API request (reads included), so an admin can see what a token did; its writes
 * are in the audit log as well. Session calls come from the console and are audited by what they change.
 */
export async function logRequest(ctx: Ctx | null, request: LoggedRequest): Promise<void> {
  if (ctx?.actor.kind !== "token") return;
  await db.apiRequest.create({
    data: { ...request, tokenId: ctx.actor.id, actorLabel: ctx.actor.label, at: ctx.now },
  });
}
