import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { SECTION, type SectionKey } from "@/lib/domain/postmortem-status";
import { amendsRevision, saveSectionSchema } from "@/lib/domain/postmortem/write";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { lockEditablePostmortem } from "./editable";

/** The text someone else saved while this one was being typed. */
export type TheirVersion = { body: string; version: number; by: string | null; at: string };

/**
 * A save based on an older version than the stored one. It carries both texts, so the editor
 * can show them side by side and nobody's words are silently overwritten.
 */
export class SectionConflictError extends DomainError {
  readonly theirs: TheirVersion;
  readonly yours: string;

  constructor(key: SectionKey, theirs: TheirVersion, yours: string) {
    const who = theirs.by ?? "Someone";
    super("CONFLICT", `${who} saved ${SECTION[key].label} while you were editing it.`, {
      body: [`${who} saved a newer version (${theirs.version}); choose which text to keep`],
    });
    this.theirs = theirs;
    this.yours = yours;
  }
}

const userLabel = { select: { name: true, email: true } } as const;

// Postmortems opened before every section existed get the missing one on its first save.
async function lockSection(tx: Tx, postmortemId: string, key: SectionKey) {
  await tx.postmortemSection.upsert({
    where: { postmortemId_key: { postmortemId, key } },
    create: { postmortemId, key, body: "", version: 0 },
    update: {},
  });
  await tx.$queryRaw`SELECT id FROM "PostmortemSection" WHERE "postmortemId" = ${postmortemId} AND key = ${key}::"PostmortemSectionKey" FOR UPDATE`;
  return tx.postmortemSection.findUniqueOrThrow({
    where: { postmortemId_key: { postmortemId, key } },
    include: { updatedBy: userLabel },
  });
}

/**
 * Saves one section's text if it is still based on the stored version (the editor's optimistic
 * lock); otherwise a SectionConflictError with both texts. Each save is kept as a revision, one
 * person's saves in quick succession amending their latest one.
 */
export async function saveSection(ctx: Ctx, input: unknown) {
  return mutate(ctx, "postmortem:write", saveSectionSchema, input, async (tx, data) => {
    await lockEditablePostmortem(tx, data.postmortemId);
    const section = await lockSection(tx, data.postmortemId, data.key);
    if (section.version !== data.baseVersion) {
      throw new SectionConflictError(
        data.key,
        {
          body: section.body,
          version: section.version,
          by: section.updatedBy ? section.updatedBy.name || section.updatedBy.email : null,
          at: section.updatedAt.toISOString(),
        },
        data.body,
      );
    }
    const userId = actingUserId(ctx);
    const version = section.version + 1;
    const saved = await tx.postmortemSection.update({
      where: { id: section.id },
      data: { body: data.body, version, updatedById: userId },
    });
    const latest = await tx.postmortemSectionRevision.findFirst({
      where: { sectionId: section.id },
      orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    });
    // The revision's time is its text's: an amended revision moves to now with its new text.
    const revision = amendsRevision(latest, userId, ctx.now)
      ? await tx.postmortemSectionRevision.update({
          where: { id: latest!.id },
          data: { body: data.body, version, createdAt: ctx.now },
        })
      : await tx.postmortemSectionRevision.create({
          data: { sectionId: section.id, version, body: data.body, authorId: userId, createdAt: ctx.now },
        });
    return {
      result: { key: data.key, version, body: saved.body, updatedAt: saved.updatedAt, revisionId: revision.id },
      // Versions and sizes only: the texts themselves are in the revisions, not copied into the log.
      audit: {
        action: "postmortem.section.save",
        entityType: "PostmortemSection",
        entityId: section.id,
        before: {
          postmortemId: data.postmortemId,
          key: data.key,
          version: section.version,
          length: section.body.length,
        },
        after: {
          postmortemId: data.postmortemId,
          key: data.key,
          version,
          length: data.body.length,
          revisionId: revision.id,
        },
      },
      event: { type: "postmortem.section.saved", id: data.postmortemId },
    };
  });
}
