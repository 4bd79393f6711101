"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/domain/action-state";
import { unsubscribeMeAction } from "./actions";

export function UnsubscribeMe() {
  const [state, action, pending] = useActionState(unsubscribeMeAction, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending}>
        Unsubscribe
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
