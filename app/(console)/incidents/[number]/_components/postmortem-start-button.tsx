"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { startPostmortemAction } from "../postmortem-actions";

/** "Start postmortem": creates it (or finds the one already started) and opens it. */
export function PostmortemStartButton({ incidentId }: { incidentId: string }) {
  const [state, action, pending] = useActionState(startPostmortemAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="incidentId" value={incidentId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start postmortem"}
      </Button>
      <FormMessage
        state={{
          ok: state.ok,
          message: [state.message, ...Object.values(state.fieldErrors).flat()].filter(Boolean).join(" "),
        }}
      />
    </form>
  );
}
