import { getTimeline } from "@/lib/server/postmortems/get-timeline";
import { requirePageCtx } from "@/lib/server/session";
import { TimelineAddForm } from "./timeline-add-form";
import { TimelineList, type TimelineItem } from "./timeline-list";
import { TimelineRefreshButton } from "./timeline-refresh-button";

/**
 * The postmortem's timeline: the incident's events as assembled, and what people added. The
 * author marks moments, rewords, hides noise (shown again with "Show hidden") and adds entries.
 */
export async function TimelinePanel({ postmortemId, editable }: { postmortemId: string; editable: boolean }) {
  const ctx = await requirePageCtx("incident:read");
  const entries = await getTimeline(ctx, postmortemId);
  const items: TimelineItem[] = entries.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    text: e.text,
    systemText: e.systemText,
    source: e.source,
    mark: e.mark,
    hidden: e.hidden,
    editedBy: e.editedBy?.name ?? null,
  }));
  return (
    <section
      aria-label="Timeline"
      className="min-w-0 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Timeline</h2>
        {editable ? <TimelineRefreshButton postmortemId={postmortemId} /> : null}
      </div>
      <TimelineList postmortemId={postmortemId} items={items} editable={editable} />
      {editable ? <TimelineAddForm postmortemId={postmortemId} /> : null}
    </section>
  );
}
