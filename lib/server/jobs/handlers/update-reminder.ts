import "server-only";
import type { JobPayload } from "@/lib/domain/jobs";
import { appUrl } from "../../app-url";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { emit } from "../../events";
import { lockIncident } from "../../incidents/lock";
import { recordEvent } from "../../incidents/record-event";
import { createDeliveries } from "../../notify/create-deliveries";
import { reminderRecipients } from "../../notify/recipients";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/**
 * The commander's promised next update is due. A newer promise (or none, after a resolution)
 * means an update was posted since: this reminder is stale and does nothing. Otherwise the
 * commander is told in the app, like a matrix reminder, and the timeline says so.
 */
export async function handleUpdateReminder(
  ctx: Ctx,
  { incidentId, due }: JobPayload<"update-reminder">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  await db.$transaction(async (tx) => {
    const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { id: true } });
    if (!incident) return;
    // Posting an update takes this lock too, so a post and its old reminder never cross.
    const locked = await lockIncident(tx, incidentId);
    if (locked.status === "RESOLVED" || locked.nextUpdateAt?.getTime() !== due.getTime()) return;
    // At-least-once: a run taken over from a worker that died after committing reminds nobody twice.
    const reminded = await tx.incidentEvent.findFirst({
      where: { incidentId, kind: "REMINDER", data: { path: ["due"], equals: due.toISOString() } },
    });
    if (reminded) return;
    const commander = await reminderRecipients(tx, locked.commanderId);
    if (commander.length > 0) {
      await createDeliveries(
        tx,
        { incidentId, keyPrefix: `update-reminder:${incidentId}:${due.toISOString()}` },
        commander,
        {
          subject: `Update overdue: incident #${locked.number}`,
          body: `You promised the next update on incident #${locked.number} by ${due.toISOString().slice(11, 16)} UTC. Post it from ${appUrl(`/incidents/${locked.number}`)}`,
        },
        ctx.now,
      );
    }
    await recordEvent(
      tx,
      ctx,
      incidentId,
      "REMINDER",
      `The promised next update is due; ${commander.length > 0 ? "commander reminded" : "no commander to remind"}`,
      { due: due.toISOString() },
    );
    await emit(tx, { type: "incident.changed", id: incidentId });
  }, HANDLER_TX);
}
