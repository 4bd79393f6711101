"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { setPublicDetailsAction } from "../update-actions";
import { IncidentFields, Outcome } from "./form-bits";
import { PublicFaceFields, type PublicComponent } from "./public-face-fields";

type Props = { incidentId: string; number: number; title: string; components: PublicComponent[] };

/** Sets the public title and component states apart from an update (e.g. before the first publish). */
export function PublicDetailsForm({ incidentId, number, title, components }: Props) {
  const [state, action, pending] = useActionState(setPublicDetailsAction, initialActionState);
  return (
    <form action={action} className="mt-3 space-y-3" key={state.ok ? `ok-${state.at}` : "form"}>
      <IncidentFields incidentId={incidentId} number={number} />
      <PublicFaceFields
        idPrefix="details"
        title={title}
        components={components}
        values={typedValues(state)}
        errors={state.fieldErrors}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save public details"}
        </Button>
        <Outcome state={state} />
      </div>
    </form>
  );
}
