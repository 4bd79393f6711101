import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { byIdSchema, SECRET_MASK } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { newWebhookSecret } from "./webhook-secret";

/** Replaces a webhook member's signing secret; the new one is returned once, to show the admin. */
export async function rotateWebhookSecret(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", byIdSchema, input, async (tx, data) => {
    const member = await tx.stakeholderMember.findUnique({ where: { id: data.id } });
    if (!member) throw new DomainError("NOT_FOUND", "This member no longer exists", { id: ["No such member"] });
    if (member.kind !== "WEBHOOK")
      throw new DomainError("VALIDATION", "Only webhook members have a signing secret", { id: ["Not a webhook"] });
    const secret = newWebhookSecret();
    await tx.stakeholderMember.update({ where: { id: member.id }, data: { webhookSecret: secret } });
    return {
      result: { member, secret },
      audit: {
        action: "matrix.member.rotate_secret",
        entityType: "StakeholderMember",
        entityId: member.id,
        before: { webhookUrl: member.webhookUrl, webhookSecret: SECRET_MASK },
        after: { webhookUrl: member.webhookUrl, webhookSecret: "(rotated)" },
      },
      event: { type: "matrix.changed", id: member.groupId },
    };
  });
}
