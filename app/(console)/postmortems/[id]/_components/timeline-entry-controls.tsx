"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { TIMELINE_MARK, TIMELINE_MARKS } from "@/lib/domain/postmortem-status";
import { editTimelineEntryAction, removeTimelineEntryAction } from "../timeline-actions";
import type { TimelineItem } from "./timeline-list";
import { Outcome } from "./timeline-outcome";

/** Short enough for a button's accessible name, so each entry's buttons say which entry they act on. */
const gist = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Per entry: hide or show it, edit its wording and mark, and remove it when a person added it. */
export function TimelineEntryControls({ postmortemId, item }: { postmortemId: string; item: TimelineItem }) {
  const [toggled, toggle, toggling] = useActionState(editTimelineEntryAction, initialActionState);
  const [edited, edit, saving] = useActionState(editTimelineEntryAction, initialActionState);
  const [removed, remove, removing] = useActionState(removeTimelineEntryAction, initialActionState);
  const v = typedValues(edited);
  const about = <span className="sr-only"> entry: {gist(item.text)}</span>;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={toggle}>
          <input type="hidden" name="postmortemId" value={postmortemId} />
          <input type="hidden" name="entryId" value={item.id} />
          <input type="hidden" name="hidden" value={String(!item.hidden)} />
          <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={toggling}>
            {item.hidden ? "Show" : "Hide"}
            {about}
          </Button>
        </form>
        {item.source === "PERSON" ? (
          <form action={remove}>
            <input type="hidden" name="postmortemId" value={postmortemId} />
            <input type="hidden" name="entryId" value={item.id} />
            <Button type="submit" variant="secondary" className="px-2 py-1 text-xs" disabled={removing}>
              Remove
              {about}
            </Button>
          </form>
        ) : null}
        <Outcome state={toggled} />
        <Outcome state={removed} />
      </div>
      <details open={!edited.ok && Boolean(edited.message)}>
        <summary className="cursor-pointer text-xs font-medium text-indigo-700">
          Edit
          {about}
        </summary>
        <form action={edit} className="mt-2 space-y-2" key={edited.ok ? `ok-${edited.at}` : `typed-${edited.at ?? 0}`}>
          <input type="hidden" name="postmortemId" value={postmortemId} />
          <input type="hidden" name="entryId" value={item.id} />
          <TextAreaField
            id={`entry-${item.id}-text`}
            name="text"
            label="Wording"
            defaultValue={v.text ?? item.text}
            errors={edited.fieldErrors.text}
            required
          />
          <SelectField
            id={`entry-${item.id}-mark`}
            name="mark"
            label="Mark"
            defaultValue={v.mark ?? item.mark ?? ""}
            errors={edited.fieldErrors.mark}
          >
            <option value="">No mark</option>
            {TIMELINE_MARKS.map((m) => (
              <option key={m} value={m}>
                {TIMELINE_MARK[m].label}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" className="px-2 py-1 text-xs" disabled={saving}>
              {saving ? "Saving…" : "Save entry"}
            </Button>
            <Outcome state={edited} fields={["text", "mark"]} />
          </div>
        </form>
      </details>
    </div>
  );
}
