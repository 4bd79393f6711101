import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/domain/action-state";

/** An edit form's last row: a full-size submit button and the answer beside it. */
export function SubmitRow({
  state,
  pending,
  label,
  busy,
}: {
  state: ActionState;
  pending: boolean;
  label: string;
  busy: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
      <Button type="submit" disabled={pending} className="min-h-11">
        {pending ? busy : label}
      </Button>
      <FormMessage state={state} />
    </div>
  );
}
