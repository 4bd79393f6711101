import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { groupRecipients, uniqueRecipients } from "../notify/recipients";
import { renderForIncident } from "../notify/render-for-incident";
import { parseInput } from "../validate";
import { obligationInputSchema } from "./send-obligation-now";

/** What "Send now" would send, rendered exactly as sending renders it, without writing anything. */
export async function previewObligation(ctx: Ctx, input: unknown) {
  authorize(ctx, "internal:read");
  const { obligationId } = parseInput(obligationInputSchema, input);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET TRANSACTION READ ONLY`;
    const obligation = await tx.notificationObligation.findUnique({
      where: { id: obligationId },
      include: { group: true },
    });
    if (!obligation)
      throw new DomainError("NOT_FOUND", "No such notification obligation", { obligationId: ["No such obligation"] });
    const message = await renderForIncident(tx, obligation.incidentId, obligation.templateId, ctx.now);
    const recipients = uniqueRecipients(await groupRecipients(tx, obligation.groupId));
    return {
      obligationId: obligation.id,
      status: obligation.status,
      group: obligation.group.name,
      templateKey: message.templateKey,
      subject: message.subject,
      body: message.body,
      recipients: recipients.length,
      channels: [...new Set(recipients.map((r) => r.channel))],
      missing: message.missing,
    };
  });
}
