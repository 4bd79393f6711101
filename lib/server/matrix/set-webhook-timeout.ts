import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { setWebhookTimeoutSchema } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Sets how long Bridge waits for one webhook member to answer; null falls back to WEBHOOK_TIMEOUT_MS. */
export async function setWebhookTimeout(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", setWebhookTimeoutSchema, input, async (tx, data) => {
    const member = await tx.stakeholderMember.findUnique({ where: { id: data.id } });
    if (!member) throw new DomainError("NOT_FOUND", "This member no longer exists", { id: ["No such member"] });
    if (member.kind !== "WEBHOOK")
      throw new DomainError("VALIDATION", "Only webhook members have a timeout", { id: ["Not a webhook"] });
    const updated = await tx.stakeholderMember.update({
      where: { id: member.id },
      data: { webhookTimeoutMs: data.webhookTimeoutMs },
    });
    return {
      result: updated,
      audit: {
        action: "matrix.member.set_webhook_timeout",
        entityType: "StakeholderMember",
        entityId: member.id,
        before: { webhookUrl: member.webhookUrl, webhookTimeoutMs: member.webhookTimeoutMs },
        after: { webhookUrl: member.webhookUrl, webhookTimeoutMs: updated.webhookTimeoutMs },
      },
      event: { type: "matrix.changed", id: member.groupId },
    };
  });
}
