import "server-only";
import { postmortemRefSchema } from "@/lib/domain/postmortem/assembly-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { assemblePostmortem } from "./assemble";
import { lockEditablePostmortem } from "./editable";

/** "Bring in new incident events": adds what happened since the timeline was assembled, touching nothing already in it. */
export async function refreshTimeline(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", postmortemRefSchema, input, async (tx, { postmortemId }) => {
    await lockEditablePostmortem(tx, postmortemId);
    const result = await assemblePostmortem(tx, postmortemId, ctx.now);
    return {
      result,
      audit: { action: "postmortem.timeline.refresh", entityType: "Postmortem", entityId: postmortemId, after: result },
      event: { type: "postmortem.changed", id: postmortemId },
    };
  });
}
