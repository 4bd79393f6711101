import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { restoreVersionSchema } from "@/lib/domain/template-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { appendVersion, lockTemplate } from "./append-version";

/** Makes an old version's texts current again, as a new version that records which one it restored. */
export async function restoreVersion(ctx: Ctx, input: unknown) {
  return mutate(ctx, "template:manage", restoreVersionSchema, input, async (tx, data) => {
    const template = await lockTemplate(tx, data.id);
    const old = await tx.templateVersion.findUnique({
      where: { templateId_version: { templateId: data.id, version: data.version } },
    });
    if (!old) {
      throw new DomainError("NOT_FOUND", `Version ${data.version} does not exist`, { version: ["No such version"] });
    }
    const version = await appendVersion(tx, template, old, actingUserId(ctx), old.version);
    return {
      result: version,
      audit: {
        action: "template.restore",
        entityType: "CommunicationTemplate",
        entityId: template.id,
        before: { currentVersion: template.currentVersion },
        after: { currentVersion: version.version, restoredFrom: old.version },
      },
      event: { type: "templates.changed", id: template.id },
    };
  });
}
