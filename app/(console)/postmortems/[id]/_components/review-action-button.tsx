"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  /** Why the button cannot be used yet, in words beside it; the button is disabled meanwhile. */
  blockedBecause?: string | null;
  variant?: "primary" | "secondary";
  small?: boolean;
};

/** One step of the review as one button: publish, open a new revision, resolve a comment. */
export function ReviewActionButton({ action, fields, label, blockedBecause, variant = "primary", small }: Props) {
  const [state, run, pending] = useActionState(action, initialActionState);
  const reasonId = useId();
  return (
    <form action={run} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type="submit"
        variant={variant}
        disabled={pending || Boolean(blockedBecause)}
        aria-describedby={blockedBecause ? reasonId : undefined}
        className={small ? "px-2 py-1 text-xs" : ""}
      >
        {label}
      </Button>
      {blockedBecause ? (
        <span id={reasonId} className="text-sm text-slate-600">
          {blockedBecause}
        </span>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
