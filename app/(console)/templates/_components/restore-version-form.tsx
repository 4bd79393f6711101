"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { restoreVersionAction } from "../actions";

type Props = { templateId: string; templateKey: string; version: number };

/** Makes this version's texts current again, as a new version. */
export function RestoreVersionForm({ templateId, templateKey, version }: Props) {
  const [state, action, pending] = useActionState(restoreVersionAction, initialActionState);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={templateId} />
      <input type="hidden" name="templateKey" value={templateKey} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Restoring…" : `Restore version ${version}`}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
