"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { setArchivedAction } from "../actions";

type Props = { template: { id: string; key: string; archived: boolean; rules: number } };

/** Archiving hides a template; it is never deleted, since rules and sent messages name it. */
export function ArchiveForm({ template }: Props) {
  const [state, action, pending] = useActionState(setArchivedAction, initialActionState);
  return (
    <form action={action} className="space-y-2 text-sm text-slate-700">
      <input type="hidden" name="id" value={template.id} />
      <input type="hidden" name="templateKey" value={template.key} />
      <input type="hidden" name="archive" value={String(!template.archived)} />
      <p>
        {template.archived
          ? "Archived: not listed and not suggested. Its versions are kept."
          : `Archiving hides it from the list and from suggestions; nothing is deleted.${
              template.rules ? ` ${template.rules} matrix rule(s) still use it until they are changed.` : ""
            }`}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {template.archived ? "Bring back" : "Archive template"}
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
