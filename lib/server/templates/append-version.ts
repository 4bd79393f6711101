import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import type { TemplateText } from "@/lib/domain/template-render";

/**
 * Locks the template's row and returns it, so two saves at once number their versions one after
 * the other instead of both claiming the same number.
 */
export async function lockTemplate(tx: Tx, id: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CommunicationTemplate" WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) throw new DomainError("NOT_FOUND", "This template no longer exists", { id: ["No such template"] });
  return tx.communicationTemplate.findUniqueOrThrow({ where: { id } });
}

/** Writes the next version of a locked template and makes it current. */
export async function appendVersion(
  tx: Tx,
  template: { id: string; currentVersion: number },
  text: TemplateText,
  createdById: string | null,
  restoredFrom: number | null = null,
) {
  const version = await tx.templateVersion.create({
    data: {
      templateId: template.id,
      version: template.currentVersion + 1,
      subject: text.subject,
      body: text.body,
      shortText: text.shortText,
      restoredFrom,
      createdById,
    },
  });
  await tx.communicationTemplate.update({ where: { id: template.id }, data: { currentVersion: version.version } });
  return version;
}
