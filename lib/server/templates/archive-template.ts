import "server-only";
import { templateByIdSchema } from "@/lib/domain/template-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockTemplate } from "./append-version";

/**
 * Hides a template from the list and from suggestions. Nothing is deleted: matrix rules and sent
 * messages still name it and its versions, and rules keep rendering it until they are changed.
 */
export async function archiveTemplate(ctx: Ctx, input: unknown) {
  return mutate(ctx, "template:manage", templateByIdSchema, input, async (tx, { id }) => {
    const before = await lockTemplate(tx, id);
    const template = await tx.communicationTemplate.update({
      where: { id },
      data: { archivedAt: before.archivedAt ?? ctx.now },
    });
    return {
      result: template,
      audit: { action: "template.archive", entityType: "CommunicationTemplate", entityId: id, before, after: template },
      event: { type: "templates.changed", id },
    };
  });
}
