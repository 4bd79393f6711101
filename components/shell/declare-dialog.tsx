"use client";

import { usePathname } from "next/navigation";
import { useActionState, useRef, useState, type RefObject } from "react";
import { declareIncidentAction } from "@/app/(console)/incidents/actions";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { OptionalLabel, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { formatMinutes } from "@/lib/domain/duration";
import { SEVERITIES, SEVERITY } from "@/lib/domain/severity";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { useKeyShortcut } from "./key-shortcut";
import { ModalDialog } from "./modal-dialog";

type Props = {
  components: { id: string; name: string; rtoMinutes: number }[];
  commanders: { id: string; name: string; email: string }[];
  me: string;
};

/** "Declare incident" from anywhere in the console: the button, or the key D. */
export function DeclareDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const title = useRef<HTMLInputElement>(null);

  useKeyShortcut("d", () => setOpen(true));

  // A successful declaration navigates to the new incident: close, and start the next one blank.
  const pathname = usePathname();
  const [path, setPath] = useState(pathname);
  if (pathname !== path) {
    setPath(pathname);
    setOpen(false);
    if (submitted) {
      setSubmitted(false);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="d"
        className="flex w-full items-center justify-between rounded-md bg-red-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-500"
      >
        Declare incident
        <kbd className="rounded border border-red-300 px-1.5 font-mono text-xs" aria-hidden="true">
          D
        </kbd>
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title="Declare an incident" initialFocus={title}>
        <DeclareForm
          key={formKey}
          {...props}
          titleRef={title}
          onCancel={() => setOpen(false)}
          onSubmitted={setSubmitted}
        />
      </ModalDialog>
    </>
  );
}

type FormProps = Props & {
  titleRef: RefObject<HTMLInputElement | null>;
  onCancel: () => void;
  onSubmitted: (pending: boolean) => void;
};

function DeclareForm({ components, commanders, me, titleRef, onCancel, onSubmitted }: FormProps) {
  // Success redirects to the new incident; a returned state is a failure, whose input is kept.
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await declareIncidentAction(prev, form);
    if (result && !result.ok) onSubmitted(false);
    return result;
  }, initialActionState);
  const v = state.values ?? {};
  const chosen = new Set((v.componentIds ?? "").split(",").filter(Boolean));
  const fe = state.fieldErrors;
  const self = commanders.find((c) => c.id === me);
  return (
    <form action={action} onSubmit={() => onSubmitted(true)} noValidate className="space-y-4">
      <TextField
        ref={titleRef}
        id="declare-title"
        name="title"
        label="Title"
        defaultValue={v.title}
        required
        maxLength={200}
        placeholder="What is broken, in a few words"
        errors={fe.title}
      />
      <RadioGroup
        id="declare-severity"
        name="severity"
        legend="Severity"
        choices={SEVERITIES.map((s) => ({ value: s, label: SEVERITY[s].label, hint: SEVERITY[s].hint }))}
        defaultValue={v.severity}
        errors={fe.severity}
      />
      <CheckboxGroup
        id="declare-components"
        name="componentIds"
        legend="Affected components"
        layout="mt-1 grid gap-1 sm:grid-cols-2"
        choices={components.map((c) => ({ value: c.id, label: c.name, hint: `(RTO ${formatMinutes(c.rtoMinutes)})` }))}
        defaultValues={chosen}
        errors={fe.componentIds}
      />
      <TextAreaField
        id="declare-impact"
        name="impact"
        label={<OptionalLabel>Impact</OptionalLabel>}
        rows={2}
        defaultValue={v.impact}
        placeholder="Who is affected, and how"
        errors={fe.impact}
      />
      <SelectField
        id="declare-commander"
        name="commanderId"
        label={<OptionalLabel>Commander</OptionalLabel>}
        defaultValue={v.commanderId ?? ""}
        errors={fe.commanderId}
      >
        <option value="">{self ? `Me (${self.name})` : "Me"}</option>
        {commanders
          .filter((c) => c.id !== me)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
      </SelectField>
      {state.message && !Object.keys(fe).length ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <div className="flex items-center justify-end gap-3 border-t border-slate-200 pt-4">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Declaring…" : "Declare"}
        </Button>
      </div>
    </form>
  );
}
