import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { SECTION_KEYS } from "@/lib/domain/postmortem-status";
import { postmortemDueAt } from "@/lib/domain/postmortem/due";
import { startPostmortemSchema } from "@/lib/domain/postmortem/write";
import { authorize } from "../authorize";
import { actingUserId, type Ctx } from "../context";
import { db } from "../db";
import { env } from "../env";
import { lockIncident } from "../incidents/lock";
import { mutate } from "../mutate";
import { parseInput } from "../validate";
import { assemblePostmortem } from "./assemble";

/**
 * Starts the postmortem of a resolved incident, or returns the one it already has: pressing
 * "Start postmortem" twice, or two people at once, never makes a second. The incident's row lock
 * orders concurrent starts; the unique incidentId backs it up.
 */
export async function startPostmortem(ctx: Ctx, input: unknown) {
  // Opening an existing one is a read: no audit row for every press of the button.
  authorize(ctx, "postmortem:write");
  const { incidentId } = parseInput(startPostmortemSchema, input);
  const found = await db.postmortem.findUnique({ where: { incidentId } });
  if (found) return { postmortem: found, created: false };
  return mutate(ctx, "postmortem:write", startPostmortemSchema, input, async (tx, data) => {
    const incident = await lockIncident(tx, data.incidentId);
    const existing = await tx.postmortem.findUnique({ where: { incidentId: incident.id } });
    if (existing) {
      return {
        result: { postmortem: existing, created: false },
        // Someone else started it between the read above and this lock.
        audit: {
          action: "postmortem.start",
          entityType: "Postmortem",
          entityId: existing.id,
          after: { existing: true },
        },
      };
    }
    if (incident.status !== "RESOLVED" || !incident.resolvedAt)
      throw new DomainError("VALIDATION", "A postmortem can be started once the incident is resolved.", {
        incidentId: ["Resolve the incident before starting its postmortem"],
      });
    const postmortem = await tx.postmortem.create({
      data: {
        incidentId: incident.id,
        authorId: actingUserId(ctx),
        dueAt: postmortemDueAt(incident.resolvedAt, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS),
        sections: { create: SECTION_KEYS.map((key) => ({ key, body: "", version: 0 })) },
      },
    });
    await assemblePostmortem(tx, postmortem.id, ctx.now);
    return {
      result: { postmortem, created: true },
      audit: {
        action: "postmortem.start",
        entityType: "Postmortem",
        entityId: postmortem.id,
        after: { incidentId: incident.id, dueAt: postmortem.dueAt, authorId: postmortem.authorId },
      },
      event: { type: "postmortem.changed", id: incident.id },
    };
  });
}
