"use client";

import { useActionState, useState, useTransition } from "react";
import { ModalDialog } from "@/components/shell/modal-dialog";
import { Button } from "@/components/ui/button";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { CHANNEL_PHRASE } from "@/lib/domain/delivery";
import { previewObligationAction, sendObligationNowAction, type PreviewResult } from "../actions";
import { Outcome } from "./form-bits";

/** "Send now": shows exactly what would go out, to how many, and sends on confirmation. */
export function SendObligationButton({
  obligationId,
  group,
  number,
}: {
  obligationId: string;
  group: string;
  number: number;
}) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [loading, startLoading] = useTransition();
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await sendObligationNowAction(prev, form);
    if (result.ok) setOpen(false);
    return result;
  }, initialActionState);

  const show = () => {
    setOpen(true);
    startLoading(async () => setPreview(await previewObligationAction(obligationId)));
  };
  const ready = preview?.ok ? preview.preview : null;
  return (
    <>
      <Button type="button" variant="secondary" onClick={show} aria-label={`Send now: ${group}`}>
        Send now
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={`Notify ${group} now`} wide>
        {loading || !preview ? (
          <p className="text-sm text-slate-600" role="status">
            Rendering the message…
          </p>
        ) : !ready ? (
          <p role="alert" className="text-sm text-red-700">
            {preview.ok ? "" : preview.message}
          </p>
        ) : (
          <form action={action} className="space-y-3">
            <input type="hidden" name="obligationId" value={obligationId} />
            <input type="hidden" name="number" value={number} />
            <p className="text-sm">
              To <strong>{ready.recipients}</strong> recipient{ready.recipients === 1 ? "" : "s"} in {ready.group}
              {ready.channels.length ? ` (${ready.channels.map((c) => CHANNEL_PHRASE[c]).join(", ")})` : ""}.
            </p>
            {ready.recipients === 0 ? (
              <p className="text-sm text-amber-800">
                This group has no members: sending marks it done but reaches nobody.
              </p>
            ) : null}
            {ready.missing.length ? (
              <p role="alert" className="text-sm text-amber-800">
                Not filled in: {ready.missing.map((m) => `{${m}}`).join(", ")}
              </p>
            ) : null}
            <div className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
              <p className="text-sm font-semibold">{ready.subject}</p>
              <pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-slate-800">{ready.body}</pre>
            </div>
            <Outcome state={state} />
            <div className="flex justify-end gap-3">
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? "Sending…" : "Send"}
              </Button>
            </div>
          </form>
        )}
      </ModalDialog>
    </>
  );
}
