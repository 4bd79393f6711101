import "server-only";
import { dayOf, isOverdue } from "@/lib/domain/action-items";
import type { ItemRow } from "../action-items/list-page";
import { appUrl } from "../app-url";
import type { listPostmortemPage } from "../postmortems/list-page";
import type { getKeyTimes } from "../postmortems/get-key-times";
import type { PostmortemView } from "../postmortems/get";

// Postmortems and action items as the API answers with them (schemas/postmortems.ts).

type Summary = Awaited<ReturnType<typeof listPostmortemPage>>["items"][number];
type KeyTimes = Awaited<ReturnType<typeof getKeyTimes>>;

const common = (p: Summary | PostmortemView) => ({
  id: p.id,
  status: p.status,
  revision: p.revision,
  author: p.author,
  dueAt: p.dueAt,
  overdue: p.overdue,
  createdAt: p.createdAt,
  publishedAt: p.publishedAt,
  url: appUrl(`/postmortems/${p.id}`),
});

export function postmortemSummaryJson(p: Summary) {
  return { ...common(p), incident: p.incident };
}

export function postmortemJson(p: PostmortemView, keyTimes: KeyTimes) {
  const { number, title, severity, status, resolvedAt } = p.incident;
  return {
    ...common(p),
    incident: { number, title, severity, status, resolvedAt },
    sections: p.sections,
    keyTimes: keyTimes.rows.map(({ kind, at, derivedAt, corrected, reason }) => ({
      kind,
      at,
      derivedAt,
      corrected,
      reason,
    })),
  };
}

export function actionItemJson(item: ItemRow, now: Date) {
  const { postmortem, dueDate, ...rest } = item;
  return {
    ...rest,
    incidentNumber: postmortem?.incident.number ?? null,
    dueDate: dueDate ? dayOf(dueDate) : null,
    overdue: isOverdue(item, now),
  };
}
