import "server-only";
import { templateByIdSchema } from "@/lib/domain/template-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockTemplate } from "./append-version";

/** Brings an archived template back to the list and to suggestions. */
export async function unarchiveTemplate(ctx: Ctx, input: unknown) {
  return mutate(ctx, "template:manage", templateByIdSchema, input, async (tx, { id }) => {
    const before = await lockTemplate(tx, id);
    const template = await tx.communicationTemplate.update({ where: { id }, data: { archivedAt: null } });
    return {
      result: template,
      audit: {
        action: "template.unarchive",
        entityType: "CommunicationTemplate",
        entityId: id,
        before,
        after: template,
      },
      event: { type: "templates.changed", id },
    };
  });
}
