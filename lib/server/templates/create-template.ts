import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { createTemplateSchema } from "@/lib/domain/template-input";
import { actingUserId, type Ctx } from "../context";
import { isUniqueViolation } from "../matrix/unique-violation";
import { mutate } from "../mutate";

/** A new template with its first version. */
export async function createTemplate(ctx: Ctx, input: unknown) {
  return mutate(ctx, "template:manage", createTemplateSchema, input, async (tx, data) => {
    const taken = () =>
      new DomainError("CONFLICT", `A template with the key ${data.key} exists`, { key: ["Already in use"] });
    if (await tx.communicationTemplate.findUnique({ where: { key: data.key }, select: { id: true } })) throw taken();
    const { subject, body, shortText, ...fields } = data;
    const template = await tx.communicationTemplate
      .create({
        data: {
          ...fields,
          currentVersion: 1,
          versions: { create: { version: 1, subject, body, shortText, createdById: actingUserId(ctx) } },
        },
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? taken() : error;
      });
    return {
      result: template,
      audit: {
        action: "template.create",
        entityType: "CommunicationTemplate",
        entityId: template.id,
        after: { ...template, subject, body, shortText },
      },
      event: { type: "templates.changed", id: template.id },
    };
  });
}
