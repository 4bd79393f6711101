"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { AckMessage } from "./ack-message";
import { acknowledgeLinkAction } from "./actions";

export function AckForm({ token }: { token: string }) {
  const [result, action, pending] = useActionState(acknowledgeLinkAction, null);
  if (result && result.state !== "open") return <AckMessage result={result} />;
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <Button type="submit" variant="danger" disabled={pending} className="w-full py-3 text-base">
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
    </form>
  );
}
