import "server-only";
import type { Db } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { postmortemMarkdown, type DocumentPlanRow, type PostmortemDocument } from "@/lib/domain/postmortem/markdown";
import { PLAN_ROW_KIND } from "@/lib/domain/postmortem/plan-vs-reality";
import type { Ctx } from "../context";
import { getPlanVsReality } from "./get-plan-vs-reality";

/** Plan vs. reality as the document's table: what each row is about, the plan, the reality, the verdict and the author's comment. */
export async function documentPlanRows(ctx: Ctx, postmortemId: string): Promise<DocumentPlanRow[]> {
  const rows = await getPlanVsReality(ctx, postmortemId);
  return rows.map((r) => ({
    topic: `${PLAN_ROW_KIND[r.kind].label}: ${r.subject}`,
    planned: r.plan,
    actual: r.reality,
    verdict: r.verdictText,
    comment: r.note?.comment,
  }));
}

const name = { select: { name: true } } as const;

/**
 * Everything the Markdown document holds, read in one go: inside a transaction when publishing
 * (so the published text is exactly what was approved), or from the pool for export and print.
 */
export async function loadPostmortemDocument(
  tx: Pick<Db, "postmortem">,
  postmortemId: string,
  planRows?: DocumentPlanRow[],
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
    planRows,
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
