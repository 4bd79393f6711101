import { LocalTime } from "@/components/ui/local-time";
import { dayOf } from "@/lib/domain/action-items";
import { can } from "@/lib/domain/roles";
import { ownerChoices, postmortemComponentChoices } from "@/lib/server/action-items/choices";
import { listActionItems, type ActionItemRow } from "@/lib/server/action-items/list";
import { requirePageCtx } from "@/lib/server/session";
import {
  DueText,
  LaterIncidents,
  PriorityBadge,
  StatusBadge,
  statusOf,
} from "../../../action-items/_components/item-bits";
import { StatusForm } from "../../../action-items/_components/status-form";
import { changeActionItemStatusAction } from "../action-items-actions";
import { DeleteActionItem } from "./action-items-delete";
import { ActionItemDialog, type ItemValues } from "./action-items-form";

const valuesOf = (item: ActionItemRow): ItemValues => ({
  id: item.id,
  title: item.title,
  successCriteria: item.successCriteria,
  ownerId: item.ownerId ?? "",
  dueDate: item.dueDate ? dayOf(item.dueDate) : "",
  priority: item.priority,
  componentId: item.componentId ?? "",
});

/**
 * The postmortem's action items. Adding and deleting are part of writing the postmortem (until it
 * is published); editing and the status stay open to writers afterwards, as items are tracked to done.
 */
export async function ActionItemsPanel({ postmortemId, editable }: { postmortemId: string; editable: boolean }) {
  const ctx = await requirePageCtx("incident:read");
  const tracks = can(ctx.actor.role, "postmortem:write");
  const [items, owners, components] = await Promise.all([
    listActionItems(ctx, { postmortemId }),
    tracks ? ownerChoices(ctx) : [],
    tracks ? postmortemComponentChoices(ctx, postmortemId) : [],
  ]);
  return (
    <section aria-label="Action items" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Action items</h2>
        {editable ? <ActionItemDialog postmortemId={postmortemId} owners={owners} components={components} /> : null}
      </div>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          No action items yet.{editable ? " Add what must change so this does not happen again." : ""}
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <h3 className="break-words font-medium">{item.title}</h3>
                  <p className="flex flex-wrap gap-2">
                    <StatusBadge item={item} />
                    <PriorityBadge item={item} />
                  </p>
                </div>
                {tracks ? (
                  <div className="flex flex-wrap gap-2">
                    <ActionItemDialog
                      postmortemId={postmortemId}
                      item={valuesOf(item)}
                      owners={owners}
                      components={components}
                    />
                    {editable ? <DeleteActionItem id={item.id} title={item.title} /> : null}
                  </div>
                ) : null}
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="font-medium text-slate-700">Owner</dt>
                  <dd>{item.owner?.name ?? <span className="text-slate-600">No owner yet</span>}</dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-700">Due</dt>
                  <dd>
                    <DueText item={item} now={ctx.now} />
                  </dd>
                </div>
                {item.successCriteria ? (
                  <div className="sm:col-span-2">
                    <dt className="font-medium text-slate-700">How we will know it worked</dt>
                    <dd className="whitespace-pre-wrap break-words">{item.successCriteria}</dd>
                  </div>
                ) : null}
                {item.status === "WONT_DO" && item.wontDoReason ? (
                  <div className="sm:col-span-2">
                    <dt className="font-medium text-slate-700">Why it won&apos;t be done</dt>
                    <dd className="whitespace-pre-wrap break-words">{item.wontDoReason}</dd>
                  </div>
                ) : null}
                {item.completedAt ? (
                  <div>
                    <dt className="font-medium text-slate-700">Done</dt>
                    <dd>
                      <LocalTime value={item.completedAt} />
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt className="font-medium text-slate-700">Component</dt>
                  <dd>
                    <LaterIncidents item={item} />
                  </dd>
                </div>
              </dl>
              {tracks ? (
                <div className="mt-2 max-w-md">
                  <StatusForm item={statusOf(item)} action={changeActionItemStatusAction} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
