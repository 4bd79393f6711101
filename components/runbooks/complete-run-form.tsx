"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { completeRunAction } from "./actions";

/** Completes the run; if steps lack an outcome the answer names them. */
export function CompleteRunForm({ runId, title, path }: { runId: string; title: string; path: string }) {
  const [state, action, pending] = useActionState(completeRunAction, initialActionState);
  const error = state.fieldErrors.runId;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="path" value={path} />
      <input type="hidden" name="runId" value={runId} />
      <Button type="submit" className="min-h-11" disabled={pending} aria-label={`Complete run of ${title}`}>
        {pending ? "Completing…" : "Complete run"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
