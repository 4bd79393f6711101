import "server-only";
import type { Ctx } from "../context";
import { db } from "../db";

const DAY_MS = 24 * 60 * 60_000;

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

/** Deletes request log rows older than the retention; called by the hourly sweep. */
export async function pruneRequestLog(now: Date, retentionDays: number): Promise<number> {
  const { count } = await db.apiRequest.deleteMany({
    where: { at: { lt: new Date(now.getTime() - retentionDays * DAY_MS) } },
  });
  return count;
}
