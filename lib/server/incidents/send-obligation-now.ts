import "server-only";
import { z } from "zod";
import { ID_MAX, text } from "@/lib/domain/text";
import { DomainError } from "@/lib/domain/errors";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockObligation, sendObligation } from "../notify/send-obligation";

export const obligationInputSchema = z.object({
  obligationId: text(ID_MAX, { error: "Obligation is required" }).min(1, "Obligation is required"),
});

/**
 * Sends a pending obligation before (or after) its deadline, by hand. Under the obligation's row
 * lock, the same lock its deadline job takes, so it is sent once whoever gets there first.
 */
export async function sendObligationNow(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", obligationInputSchema, input, async (tx, data) => {
    const before = await lockObligation(tx, data.obligationId);
    if (!before)
      throw new DomainError("NOT_FOUND", "No such notification obligation", { obligationId: ["No such obligation"] });
    if (before.status !== "PENDING") {
      const why = before.status === "SENT" ? "was already sent" : "was cancelled (the severity changed)";
      throw new DomainError("CONFLICT", `The notification to ${before.group.name} ${why}.`, {
        obligationId: [`Already ${before.status.toLowerCase()}`],
      });
    }
    const deliveries = await sendObligation(tx, ctx, before.id);
    const { incident, group, ...row } = before;
    return {
      result: { obligationId: before.id, incidentId: incident.id, deliveries },
      audit: {
        action: "obligation.send",
        entityType: "NotificationObligation",
        entityId: before.id,
        before: { ...row, group: group.key },
        after: { status: "SENT", sentAt: ctx.now, deliveries },
      },
      event: { type: "incident.changed", id: incident.id },
    };
  });
}
