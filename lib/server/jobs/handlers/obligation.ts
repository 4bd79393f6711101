import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import { appUrl } from "../../app-url";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { emit } from "../../events";
import { recordEvent } from "../../incidents/record-event";
import { createDeliveries } from "../../notify/create-deliveries";
import { reminderRecipients } from "../../notify/recipients";
import { lockObligation, sendObligation } from "../../notify/send-obligation";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/** An obligation falls due: auto-send rules send; the others remind the commander and stay owed. */
export async function handleObligation(
  ctx: Ctx,
  { obligationId }: JobPayload<"obligation">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await db.$transaction(async (tx) => {
    const obligation = await lockObligation(tx, obligationId);
    if (!obligation || obligation.status !== "PENDING") return;
    if (obligation.autoSend) {
      await sendObligation(tx, ctx, obligation.id);
    } else if (!obligation.remindedAt) {
      const incident = obligation.incident;
      const commander = await reminderRecipients(tx, incident.commanderId);
      if (commander.length > 0) {
        await createDeliveries(
          tx,
          { incidentId: incident.id, obligationId, keyPrefix: `reminder:${obligationId}` },
          commander,
          {
            subject: `Due now: notify ${obligation.group.name} about #${incident.number}`,
            body: `The notification matrix says ${obligation.group.name} must hear about incident #${incident.number} by now. Send it from ${appUrl(`/incidents/${incident.number}`)}`,
          },
          ctx.now,
        );
      }
      await tx.notificationObligation.update({ where: { id: obligationId }, data: { remindedAt: ctx.now } });
      await recordEvent(
        tx,
        ctx,
        incident.id,
        "REMINDER",
        `Notification to ${obligation.group.name} is due; commander reminded`,
        { obligationId },
      );
    }
    await emit(tx, { type: "incident.changed", id: obligation.incidentId });
  }, HANDLER_TX);
}
