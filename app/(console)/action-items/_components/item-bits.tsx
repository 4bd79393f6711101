import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { dayOf, overdueText } from "@/lib/domain/action-items";
import { ACTION_ITEM_PRIORITY, ACTION_ITEM_STATUS } from "@/lib/domain/postmortem-status";
import type { ActionItemRow } from "@/lib/server/action-items/list";

/** What the status form needs of an item, and no more (it is sent to the browser). */
export const statusOf = (item: ActionItemRow) => ({
  id: item.id,
  title: item.title,
  status: item.status,
  wontDoReason: item.wontDoReason,
});

/** The due day, and how late the item is in words when it is overdue. */
export function DueText({ item, now }: { item: Pick<ActionItemRow, "dueDate" | "overdue">; now: Date }) {
  if (!item.dueDate) return <span className="text-slate-600">No due date</span>;
  return (
    <span>
      <time dateTime={dayOf(item.dueDate)}>{dayOf(item.dueDate)}</time>
      {item.overdue ? (
        <strong className="ml-1 block font-semibold text-red-700">{overdueText(item.dueDate, now)}</strong>
      ) : null}
    </span>
  );
}

export function StatusBadge({ item }: { item: Pick<ActionItemRow, "status"> }) {
  const { label, tone } = ACTION_ITEM_STATUS[item.status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** `short` drops the word "priority" where a column header already says it. */
export function PriorityBadge({ item, short }: { item: Pick<ActionItemRow, "priority">; short?: boolean }) {
  const { label, tone } = ACTION_ITEM_PRIORITY[item.priority];
  return <Badge tone={tone}>{short ? label : `${label} priority`}</Badge>;
}

/** Incidents on the item's component declared after its own: did the fix hold? */
export function LaterIncidents({ item }: { item: Pick<ActionItemRow, "component" | "laterIncidents"> }) {
  if (!item.component) return <span className="text-slate-600">No component</span>;
  return (
    <div className="space-y-1">
      <p>{item.component.name}</p>
      {item.laterIncidents.length === 0 ? (
        <p className="text-xs text-slate-600">No later incidents</p>
      ) : (
        <ul aria-label={`Later incidents of ${item.component.name}`} className="space-y-0.5 text-xs">
          {item.laterIncidents.map((i) => (
            <li key={i.id}>
              <Link href={`/incidents/${i.number}`} className="text-indigo-700 underline-offset-2 hover:underline">
                #{i.number} {i.title}
              </Link>
            </li>
          ))}
          <li>
            <Link
              href={`/incidents?component=${encodeURIComponent(item.component.id)}`}
              className="text-slate-600 underline-offset-2 hover:underline"
            >
              All incidents of {item.component.name}
            </Link>
          </li>
        </ul>
      )}
    </div>
  );
}
