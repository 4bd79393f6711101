import "server-only";
import { correctKeyTimeSchema } from "@/lib/domain/postmortem/assembly-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";
import { refuseFuture } from "./timeline-entry";

/**
 * Corrects one key time with the reason the record is wrong, or (clear) drops the correction so
 * the derived time is in force again. The derived time itself is never overwritten.
 */
export async function correctKeyTime(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", correctKeyTimeSchema, input, async (tx, data) => {
    const { postmortemId, kind } = data;
    await lockEditablePostmortem(tx, postmortemId);
    const where = { postmortemId_kind: { postmortemId, kind } };
    const before = await tx.postmortemKeyTime.findUnique({ where });
    let change: { at: Date | null; reason: string | null; correctedById: string | null };
    if (data.clear) {
      change = { at: before?.derivedAt ?? null, reason: null, correctedById: null };
    } else {
      refuseFuture(data.at!, ctx.now, "at");
      change = { at: data.at!, reason: data.reason!, correctedById: actingUserId(ctx) };
    }
    const keyTime = await tx.postmortemKeyTime.upsert({
      where,
      create: { postmortemId, kind, derivedAt: null, ...change },
      update: change,
    });
    return {
      result: keyTime,
      audit: {
        action: data.clear ? "postmortem.key-time.clear" : "postmortem.key-time.correct",
        entityType: "PostmortemKeyTime",
        entityId: keyTime.id,
        before,
        after: keyTime,
      },
      event: { type: "postmortem.changed", id: postmortemId },
    };
  });
}
