"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/choice-group";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { COMPONENT_STATE, COMPONENT_STATES, type ComponentState } from "@/lib/domain/component-state";
import { overrideComponentAction, placeComponentAction } from "../actions";

type Component = {
  id: string;
  name: string;
  groupId: string | null;
  position: number;
  public: boolean;
  stateOverride: ComponentState | null;
};

/** Group, order and whether the component is listed on the status page. */
export function PlacementForm({
  component: c,
  groups,
}: {
  component: Component;
  groups: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(placeComponentAction, initialActionState);
  const v = typedValues(state);
  const id = (f: string) => `${f}-${c.id}`;
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3" key={state.at ?? "form"}>
      <input type="hidden" name="componentId" value={c.id} />
      <SelectField
        id={id("group")}
        name="groupId"
        label="Group"
        defaultValue={v.groupId ?? c.groupId ?? ""}
        errors={state.fieldErrors.groupId}
        className="min-w-0 flex-1 basis-40"
      >
        <option value="">No group</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id("position")}
        name="position"
        label="Order"
        inputMode="numeric"
        defaultValue={v.position ?? String(c.position)}
        errors={state.fieldErrors.position}
        className="w-24"
      />
      <CheckboxField
        id={id("public")}
        name="public"
        label="Listed publicly"
        defaultChecked={v.public === undefined ? c.public : v.public === "on"}
        errors={state.fieldErrors.public}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save placement
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** A commander's override of the public state; "derived" lets incidents and maintenance decide again. */
export function OverrideForm({ component: c }: { component: Component }) {
  const [state, action, pending] = useActionState(overrideComponentAction, initialActionState);
  const v = typedValues(state);
  return (
    <form action={action} noValidate className="flex flex-wrap items-end gap-3" key={state.at ?? "form"}>
      <input type="hidden" name="componentId" value={c.id} />
      <SelectField
        id={`override-${c.id}`}
        name="state"
        label={`Public state of ${c.name}`}
        defaultValue={v.state ?? c.stateOverride ?? ""}
        errors={state.fieldErrors.state}
        className="min-w-0 flex-1 basis-48"
      >
        <option value="">Derived from incidents and maintenance</option>
        {COMPONENT_STATES.map((s) => (
          <option key={s} value={s}>
            {COMPONENT_STATE[s].label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={pending}>
        Set public state
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
