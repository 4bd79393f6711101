"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LocalTime } from "@/components/ui/local-time";
import { initialActionState } from "@/lib/domain/action-state";
import { removePushAction } from "./actions";

type Device = { id: string; label: string; createdAt: Date; lastSuccessAt: Date | null; lastFailureAt: Date | null };

/** The person's subscribed browsers, each with its own Remove button. */
export function DeviceList({ devices }: { devices: Device[] }) {
  const [state, action, pending] = useActionState(removePushAction, initialActionState);
  return (
    <div className="space-y-3">
      {devices.length === 0 ? (
        <p className="text-sm text-slate-600">No device gets push notifications yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Devices with push notifications">
          {devices.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{d.label}</p>
                <p className="text-slate-600">
                  Added <LocalTime value={d.createdAt} />
                  {d.lastSuccessAt ? (
                    <>
                      {" "}
                      · last delivered <LocalTime value={d.lastSuccessAt} />
                    </>
                  ) : null}
                  {d.lastFailureAt ? (
                    <>
                      {" "}
                      · last failed <LocalTime value={d.lastFailureAt} />
                    </>
                  ) : null}
                </p>
              </div>
              <form action={action}>
                <input type="hidden" name="id" value={d.id} />
                <Button type="submit" variant="secondary" disabled={pending} aria-label={`Remove ${d.label}`}>
                  Remove
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={state} />
    </div>
  );
}
