"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { markReadAction } from "./actions";

export function MarkReadButton({ deliveryId, label }: { deliveryId?: string; label: string }) {
  const [state, action, pending] = useActionState(markReadAction, initialActionState);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      {deliveryId ? <input type="hidden" name="deliveryId" value={deliveryId} /> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
