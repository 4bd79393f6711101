"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/domain/action-state";
import { retryDeliveryAction } from "../actions";

export function RetryDeliveryButton({
  deliveryId,
  recipient,
  number,
}: {
  deliveryId: string;
  recipient: string;
  number: number;
}) {
  const [state, action, pending] = useActionState(retryDeliveryAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <input type="hidden" name="number" value={number} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Retry delivery to ${recipient}`}>
        {pending ? "Retrying…" : "Retry"}
      </Button>
      {state.message && !state.ok ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
