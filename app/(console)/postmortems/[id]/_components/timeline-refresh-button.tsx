"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { refreshTimelineAction } from "../timeline-actions";

/** Adds the incident's events recorded since the timeline was assembled; nothing already there changes. */
export function TimelineRefreshButton({ postmortemId }: { postmortemId: string }) {
  const [state, action, pending] = useActionState(refreshTimelineAction, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="postmortemId" value={postmortemId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Bringing in…" : "Bring in new incident events"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
