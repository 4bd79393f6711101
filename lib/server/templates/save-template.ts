import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { saveTemplateSchema } from "@/lib/domain/template-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { appendVersion, lockTemplate } from "./append-version";

/** Saves the editor's fields: the texts as a new version (every save is one), the rest in place. */
export async function saveTemplate(ctx: Ctx, input: unknown) {
  return mutate(ctx, "template:manage", saveTemplateSchema, input, async (tx, data) => {
    const { id, baseVersion, subject, body, shortText, ...fields } = data;
    const before = await lockTemplate(tx, id);
    if (baseVersion !== undefined && baseVersion !== before.currentVersion) {
      throw new DomainError(
        "CONFLICT",
        `Version ${before.currentVersion} was saved while you edited version ${baseVersion}. Your text is still in the form: copy it, reload and apply it again.`,
      );
    }
    const previous = await tx.templateVersion.findUnique({
      where: { templateId_version: { templateId: id, version: before.currentVersion } },
    });
    const version = await appendVersion(tx, before, { subject, body, shortText }, actingUserId(ctx));
    const template = await tx.communicationTemplate.update({ where: { id }, data: fields });
    return {
      result: { template, version },
      audit: {
        action: "template.save",
        entityType: "CommunicationTemplate",
        entityId: id,
        before: { ...before, subject: previous?.subject, body: previous?.body, shortText: previous?.shortText },
        after: { ...template, subject, body, shortText },
      },
      event: { type: "templates.changed", id },
    };
  });
}
