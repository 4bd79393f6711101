"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { confirmAction } from "./actions";
import { ConfirmMessage } from "./confirm-message";

export function ConfirmForm({ token, email }: { token: string; email: string }) {
  const [result, action, pending] = useActionState(confirmAction, null);
  if (result && result.state !== "pending") return <ConfirmMessage result={result} />;
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">Confirm that {email} should get status updates by e-mail.</p>
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Confirming…" : "Confirm subscription"}
      </Button>
    </form>
  );
}
