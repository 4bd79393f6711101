import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { SECTION_KEYS, type SectionKey } from "@/lib/domain/postmortem-status";
import { isPostmortemOverdue } from "@/lib/domain/postmortem/write";
import { authorize, isAllowed } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

const person = { select: { id: true, name: true, email: true } } as const;

export type SectionView = {
  key: SectionKey;
  body: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
};

/**
 * A postmortem as its page shows it: the incident it is about, its author and due date, and every
 * free-text section (a section without a row yet reads as empty at version 0). `editable` is what
 * the panels are told: not published, and the reader may write postmortems.
 */
export async function getPostmortem(ctx: Ctx, id: string) {
  authorize(ctx, "incident:read");
  const postmortem = await db.postmortem.findUnique({
    where: { id },
    include: {
      incident: { select: { id: true, number: true, title: true, severity: true, status: true, resolvedAt: true } },
      author: person,
      sections: { include: { updatedBy: person } },
    },
  });
  if (!postmortem) throw new DomainError("NOT_FOUND", "No such postmortem");
  const rows = new Map(postmortem.sections.map((s) => [s.key as SectionKey, s]));
  const sections = SECTION_KEYS.map((key): SectionView => {
    const row = rows.get(key);
    return {
      key,
      body: row?.body ?? "",
      version: row?.version ?? 0,
      updatedAt: row && row.version > 0 ? row.updatedAt : null,
      updatedBy: row?.updatedBy ? row.updatedBy.name || row.updatedBy.email : null,
    };
  });
  return {
    id: postmortem.id,
    status: postmortem.status,
    revision: postmortem.revision,
    dueAt: postmortem.dueAt,
    overdue: isPostmortemOverdue(postmortem.dueAt, postmortem.status, ctx.now),
    publishedAt: postmortem.publishedAt,
    createdAt: postmortem.createdAt,
    incident: postmortem.incident,
    author: postmortem.author ? postmortem.author.name || postmortem.author.email : null,
    sections,
    editable: postmortem.status !== "PUBLISHED" && isAllowed(ctx, "postmortem:write"),
  };
}

export type PostmortemView = Awaited<ReturnType<typeof getPostmortem>>;
