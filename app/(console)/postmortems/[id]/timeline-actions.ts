"use server";

// The timeline, key-time and plan-vs-reality forms of a postmortem: each adapts its form to one
// service and refreshes the postmortem's page.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { actionFailure } from "@/lib/server/errors";
import { addTimelineEntry } from "@/lib/server/postmortems/add-timeline-entry";
import { correctKeyTime } from "@/lib/server/postmortems/correct-key-time";
import { editTimelineEntry } from "@/lib/server/postmortems/edit-timeline-entry";
import { refreshTimeline } from "@/lib/server/postmortems/refresh-timeline";
import { removeTimelineEntry } from "@/lib/server/postmortems/remove-timeline-entry";
import { savePlanNote } from "@/lib/server/postmortems/save-plan-note";
import { requireCtx } from "@/lib/server/session";

/** The named fields as sent; a field the form did not send stays absent, so the service leaves it alone. */
function pick(form: FormData, names: string[]): Record<string, string> {
  const input: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === "string") input[name] = value;
  }
  return input;
}

const pageOf = (form: FormData) => `/postmortems/${encodeURIComponent(String(form.get("postmortemId") ?? ""))}`;

export async function refreshTimelineAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let added: number;
  try {
    added = (await refreshTimeline(await requireCtx(), pick(form, ["postmortemId"]))).added;
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath(pageOf(form));
  const message =
    added === 0 ? "Nothing new: every incident event is in the timeline." : `${added} new event(s) brought in.`;
  return { ok: true, message, fieldErrors: {}, at: Date.now() };
}

export async function editTimelineEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => pick(f, ["entryId", "text", "mark", "hidden"]), editTimelineEntry, {
    revalidate: pageOf(form),
    success: "Saved.",
  });
}

export async function addTimelineEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => pick(f, ["postmortemId", "occurredAt", "text", "mark"]), addTimelineEntry, {
    revalidate: pageOf(form),
    success: "Entry added.",
  });
}

export async function removeTimelineEntryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => pick(f, ["entryId"]), removeTimelineEntry, {
    revalidate: pageOf(form),
    success: "Entry removed.",
  });
}

export async function correctKeyTimeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const clearing = form.get("clear") === "true";
  return runAction(form, (f) => pick(f, ["postmortemId", "kind", "at", "reason", "clear"]), correctKeyTime, {
    revalidate: pageOf(form),
    success: clearing ? "The recorded time is in force again." : "Correction saved.",
  });
}

export async function savePlanNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const removing = String(form.get("comment") ?? "").trim() === "";
  return runAction(form, (f) => pick(f, ["postmortemId", "rowKey", "comment"]), savePlanNote, {
    revalidate: pageOf(form),
    success: removing ? "Comment removed." : "Comment saved.",
  });
}
