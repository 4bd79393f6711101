"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { TIMELINE_MARK, type TimelineEntrySource, type TimelineMark } from "@/lib/domain/postmortem-status";
import { TimelineEntryControls } from "./timeline-entry-controls";

export type TimelineItem = {
  id: string;
  occurredAt: string;
  text: string;
  systemText: string | null;
  source: TimelineEntrySource;
  mark: TimelineMark | null;
  hidden: boolean;
  editedBy: string | null;
};

const SOURCE: Record<TimelineEntrySource, string> = { SYSTEM: "System", PERSON: "Person" };

/** The entries in time order; hidden ones only on request, and then said to be hidden. */
export function TimelineList({
  postmortemId,
  items,
  editable,
}: {
  postmortemId: string;
  items: TimelineItem[];
  editable: boolean;
}) {
  const [showHidden, setShowHidden] = useState(false);
  const hiddenCount = items.filter((i) => i.hidden).length;
  const shown = showHidden ? items : items.filter((i) => !i.hidden);
  return (
    <div className="space-y-3">
      {hiddenCount > 0 ? (
        <button
          type="button"
          aria-pressed={showHidden}
          onClick={() => setShowHidden((s) => !s)}
          className="text-sm font-medium text-indigo-700 underline hover:text-indigo-900"
        >
          {showHidden ? `Hide hidden (${hiddenCount})` : `Show hidden (${hiddenCount})`}
        </button>
      ) : null}
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">
          {items.length === 0 ? "No entries yet." : "Every entry is hidden; show them to see them."}
        </p>
      ) : (
        <ol className="space-y-2">
          {shown.map((item) => (
            <li
              key={item.id}
              className={`rounded-md border p-3 text-sm ${item.hidden ? "border-dashed border-slate-300 bg-slate-50 text-slate-600" : "border-slate-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <LocalTime value={item.occurredAt} />
                <Badge tone={item.source === "SYSTEM" ? "gray" : "indigo"}>{SOURCE[item.source]}</Badge>
                {item.mark ? (
                  <Badge tone={TIMELINE_MARK[item.mark].tone}>{TIMELINE_MARK[item.mark].label}</Badge>
                ) : null}
                {item.hidden ? <Badge tone="gray">Hidden</Badge> : null}
              </div>
              <p className="mt-1 break-words whitespace-pre-wrap text-slate-900">{item.text}</p>
              {item.systemText !== null && item.systemText !== item.text ? (
                <p className="mt-1 break-words text-xs text-slate-500">Recorded as: {item.systemText}</p>
              ) : null}
              {editable ? <TimelineEntryControls postmortemId={postmortemId} item={item} /> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
