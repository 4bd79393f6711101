"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/choice-group";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { MAINTENANCE_STATUS, maintenanceMoves, type MaintenanceStatus } from "@/lib/domain/maintenance-status";
import { advanceMaintenanceAction, scheduleMaintenanceAction } from "../actions";

export function ScheduleMaintenanceForm({ components }: { components: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(scheduleMaintenanceAction, initialActionState);
  const v = typedValues(state);
  const chosen = new Set((v.componentIds ?? "").split(",").filter(Boolean));
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2" key={state.at ?? "form"}>
      <TextField
        label="Title"
        name="title"
        defaultValue={v.title}
        errors={state.fieldErrors.title}
        className="sm:col-span-2"
      />
      <TextField
        label="Start (UTC)"
        name="scheduledStart"
        type="datetime-local"
        defaultValue={v.scheduledStart}
        errors={state.fieldErrors.scheduledStart}
      />
      <TextField
        label="End (UTC)"
        name="scheduledEnd"
        type="datetime-local"
        defaultValue={v.scheduledEnd}
        errors={state.fieldErrors.scheduledEnd}
      />
      <TextAreaField
        label="What will happen (public)"
        name="description"
        defaultValue={v.description}
        errors={state.fieldErrors.description}
        className="sm:col-span-2"
      />
      <CheckboxGroup
        id="componentIds"
        name="componentIds"
        legend="Components"
        className="sm:col-span-2"
        choices={components.map((c) => ({ value: c.id, label: c.name }))}
        defaultValues={chosen}
        errors={state.fieldErrors.componentIds}
      />
      <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-2">
        <input
          type="checkbox"
          name="notifySubscribers"
          defaultChecked={v.notifySubscribers === "on" || v.notifySubscribers === "true"}
          className="size-4"
        />
        E-mail each step to status-page subscribers
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Schedule maintenance
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** The next step of one maintenance, with the public message that goes with it. */
export function AdvanceMaintenanceForm({
  id,
  title,
  status,
}: {
  id: string;
  title: string;
  status: MaintenanceStatus;
}) {
  const [state, action, pending] = useActionState(advanceMaintenanceAction, initialActionState);
  const v = typedValues(state);
  const moves = maintenanceMoves(status);
  if (moves.length === 0) return null;
  return (
    <form action={action} noValidate className="grid gap-3 sm:grid-cols-3" key={state.at ?? "form"}>
      <input type="hidden" name="maintenanceId" value={id} />
      <SelectField
        id={`move-${id}`}
        name="status"
        label={`Move ${title} to`}
        defaultValue={v.status ?? moves[0]}
        errors={state.fieldErrors.status}
      >
        {moves.map((s) => (
          <option key={s} value={s}>
            {MAINTENANCE_STATUS[s].label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`message-${id}`}
        name="message"
        label="Public message"
        defaultValue={v.message}
        errors={state.fieldErrors.message}
        className="sm:col-span-2"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          Publish and move
        </Button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
