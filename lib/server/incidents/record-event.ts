import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { IncidentEventKind, Prisma } from "@/lib/generated/prisma/client";
import { actingUserId, type Ctx } from "../context";

/** Appends to the incident's timeline; the timeline is never edited. */
export async function recordEvent(
  tx: Tx,
  ctx: Ctx,
  incidentId: string,
  kind: IncidentEventKind,
  message: string,
  data?: Prisma.InputJsonValue,
): Promise<void> {
  await tx.incidentEvent.create({
    data: {
      incidentId,
      kind,
      message,
      data,
      actorId: actingUserId(ctx),
      actorLabel: ctx.actor.label,
      occurredAt: ctx.now,
    },
  });
}
