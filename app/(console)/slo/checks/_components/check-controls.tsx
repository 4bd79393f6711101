"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { deleteHealthCheckAction, setHealthCheckEnabledAction } from "../actions";

/** Enable/disable and delete, for one check. */
export function CheckControls({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const [toggleState, toggle, toggling] = useActionState(setHealthCheckEnabledAction, initialActionState);
  const [deleteState, remove, deleting] = useActionState(deleteHealthCheckAction, initialActionState);
  return (
    <div className="flex flex-wrap items-start gap-3">
      <form action={toggle}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
        <Button type="submit" variant="secondary" disabled={toggling}>
          {enabled ? "Disable" : "Enable"}
        </Button>
        <FormMessage state={toggleState} />
      </form>
      <form
        action={remove}
        onSubmit={(e) => {
          if (!window.confirm(`Delete the check “${name}” and its results? Its samples stay with the SLOs.`))
            e.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="danger" disabled={deleting} aria-label={`Delete ${name}`}>
          Delete
        </Button>
        <FormMessage state={deleteState} />
      </form>
    </div>
  );
}
