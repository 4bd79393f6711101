import "server-only";
import { demoFeedJob, type JobPayload } from "@/lib/domain/jobs";
import { writeAudit } from "../../audit";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { feedDemo } from "../../demo/feed";
import { emit } from "../../events";
import { enqueue } from "../enqueue";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/** One minute of the demo's traffic (lib/server/demo/feed.ts), audited, then the next minute's. */
export async function handleDemoFeed(
  ctx: Ctx,
  { at }: JobPayload<"demo-feed">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await db.$transaction(async (tx) => {
    const fed = await feedDemo(tx, ctx.now);
    await writeAudit(tx, ctx, {
      action: "demo.feed",
      entityType: "Job",
      entityId: `demo-feed:${at.toISOString()}`,
      after: fed,
    });
    if (fed.verifications > 0 || fed.lags > 0) await emit(tx, { type: "recovery" });
  }, HANDLER_TX);
  await enqueue(db, [demoFeedJob(ctx.now)]);
}
