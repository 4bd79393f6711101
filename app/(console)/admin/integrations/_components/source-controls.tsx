"use client";

import { useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { deleteSourceAction, rotateKeyAction, setEnabledAction, type KeyState } from "../actions";
import { NewKey } from "./new-key";

type Source = { id: string; name: string; kind: string; enabled: boolean };

/** Asks before a form that cannot be undone is sent. */
const confirming = (question: string) => (e: FormEvent) => {
  if (!window.confirm(question)) e.preventDefault();
};

/** Enable or disable, rotate the key (shown once), delete. */
export function SourceControls({ source }: { source: Source }) {
  const [enabled, toggle, toggling] = useActionState(setEnabledAction, initialActionState);
  const [rotated, rotate, rotating] = useActionState<KeyState, FormData>(rotateKeyAction, initialActionState);
  const [deleted, remove, removing] = useActionState(deleteSourceAction, initialActionState);
  return (
    <div className="space-y-3">
      {rotated.ok && rotated.key ? <NewKey name={source.name} kind={source.kind} secret={rotated.key} /> : null}
      <div className="flex flex-wrap gap-2">
        <form action={toggle}>
          <input type="hidden" name="id" value={source.id} />
          <input type="hidden" name="enabled" value={String(!source.enabled)} />
          <Button type="submit" variant="secondary" disabled={toggling}>
            {source.enabled ? "Disable" : "Enable"}
          </Button>
        </form>
        <form
          action={rotate}
          onSubmit={confirming(`Rotate the key of “${source.name}”? The current key stops working at once.`)}
        >
          <input type="hidden" name="id" value={source.id} />
          <Button type="submit" variant="secondary" disabled={rotating}>
            Rotate key
          </Button>
        </form>
        <form action={remove} onSubmit={confirming(`Delete “${source.name}” and its event log? Its incidents stay.`)}>
          <input type="hidden" name="id" value={source.id} />
          <Button type="submit" variant="danger" disabled={removing}>
            Delete
          </Button>
        </form>
      </div>
      <FormMessage state={enabled} />
      <FormMessage state={rotated.ok ? { ok: true, message: "" } : rotated} />
      <FormMessage state={deleted} />
    </div>
  );
}
