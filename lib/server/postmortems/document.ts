import "server-only";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { postmortemMarkdown, type PostmortemDocument } from "@/lib/domain/postmortem/markdown";

const name = { select: { name: true } } as const;

/**
 * Everything the Markdown document holds, read in one go: inside a transaction when publishing
 * (so the published text is exactly what was approved), or from the pool for export and print.
 */
export async function loadPostmortemDocument(
  tx: Pick<Db, "postmortem">,
  postmortemId: string,
): Promise<{ document: PostmortemDocument; markdown: string; incidentNumber: number; incidentId: string }> {
  const pm = await tx.postmortem.findUnique({
    where: { id: postmortemId },
    include: {
      incident: { select: { id: true, number: true, title: true, severity: true, startedAt: true, resolvedAt: true } },
      author: name,
      publishedBy: name,
      sections: { select: { key: true, body: true } },
      timeline: { orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] },
      keyTimes: { select: { kind: true, at: true, reason: true } },
      actionItems: {
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        include: { owner: name },
      },
    },
  });
  if (!pm) throw new DomainError("NOT_FOUND", "No such postmortem", { postmortemId: ["No such postmortem"] });
  const document: PostmortemDocument = {
    incident: pm.incident,
    status: pm.status,
    revision: pm.revision,
    author: pm.author?.name ?? null,
    createdAt: pm.createdAt,
    dueAt: pm.dueAt,
    publishedAt: pm.publishedAt,
    publishedBy: pm.publishedBy?.name ?? null,
    sections: Object.fromEntries(pm.sections.map((s) => [s.key, s.body])),
    timeline: pm.timeline.map((e) => ({
      occurredAt: e.occurredAt,
      text: e.text,
      mark: e.mark,
      source: e.source,
      hidden: e.hidden,
    })),
    keyTimes: pm.keyTimes,
    actionItems: pm.actionItems.map((a) => ({
      title: a.title,
      owner: a.owner?.name ?? null,
      dueDate: a.dueDate,
      status: a.status,
      priority: a.priority,
      successCriteria: a.successCriteria,
      wontDoReason: a.wontDoReason,
    })),
  };
  return {
    document,
    markdown: postmortemMarkdown(document),
    incidentNumber: pm.incident.number,
    incidentId: pm.incident.id,
  };
}
