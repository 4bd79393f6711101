"use client";

import { usePathname } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type RefObject } from "react";
import { declareIncidentAction } from "@/app/(console)/incidents/actions";
import { Button } from "@/components/ui/button";
import { formatMinutes } from "@/lib/domain/duration";
import { SEVERITIES, SEVERITY } from "@/lib/domain/severity";
import { initialActionState, type ActionState } from "@/lib/domain/action-state";
import { ModalDialog } from "./modal-dialog";

type Props = {
  components: { id: string; name: string; rtoMinutes: number }[];
  commanders: { id: string; name: string; email: string }[];
  me: string;
};

const INPUT = "mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500";

/** Typing in a field, or a shortcut with a modifier, is never a request to declare. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest("input, textarea, select")));
}

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-600">
      {errors.join(" ")}
    </p>
  );
}

/** "Declare incident" from anywhere in the console: the button, or the key D. */
export function DeclareDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const title = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "d" || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.repeat) return;
      if (event.defaultPrevented || event.isComposing || isTyping(event.target) || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
        <DeclareForm key={formKey} {...props} titleRef={title} onCancel={() => setOpen(false)} onSubmitted={setSubmitted} />
      </ModalDialog>
    </>
  );
}

type FormProps = Props & { titleRef: RefObject<HTMLInputElement | null>; onCancel: () => void; onSubmitted: (pending: boolean) => void };

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
      <div>
        <label htmlFor="declare-title" className="block text-sm font-medium text-slate-700">
          Title
        </label>
        <input
          ref={titleRef}
          id="declare-title"
          name="title"
          defaultValue={v.title}
          required
          maxLength={200}
          placeholder="What is broken, in a few words"
          aria-invalid={fe.title ? true : undefined}
          aria-describedby={fe.title ? "declare-title-error" : undefined}
          className={INPUT}
        />
        <Errors id="declare-title-error" errors={fe.title} />
      </div>
      <fieldset aria-describedby={fe.severity ? "declare-severity-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Severity</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-3">
          {SEVERITIES.map((s) => (
            <label key={s} className="flex cursor-pointer gap-2 rounded-md p-2 text-sm ring-1 ring-slate-300 has-[:checked]:bg-indigo-50 has-[:checked]:ring-2 has-[:checked]:ring-indigo-600">
              <input type="radio" name="severity" value={s} defaultChecked={v.severity === s} className="mt-0.5" />
              <span>
                <span className="block font-semibold">{SEVERITY[s].label}</span>
                <span className="block text-xs text-slate-600">{SEVERITY[s].hint}</span>
              </span>
            </label>
          ))}
        </div>
        <Errors id="declare-severity-error" errors={fe.severity} />
      </fieldset>
      <fieldset aria-describedby={fe.componentIds ? "declare-components-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Affected components</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {components.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="componentIds" value={c.id} defaultChecked={chosen.has(c.id)} />
              <span>
                {c.name} <span className="text-xs text-slate-500">(RTO {formatMinutes(c.rtoMinutes)})</span>
              </span>
            </label>
          ))}
        </div>
        <Errors id="declare-components-error" errors={fe.componentIds} />
      </fieldset>
      <div>
        <label htmlFor="declare-impact" className="block text-sm font-medium text-slate-700">
          Impact <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <textarea
          id="declare-impact"
          name="impact"
          rows={2}
          defaultValue={v.impact}
          placeholder="Who is affected, and how"
          aria-invalid={fe.impact ? true : undefined}
          aria-describedby={fe.impact ? "declare-impact-error" : undefined}
          className={INPUT}
        />
        <Errors id="declare-impact-error" errors={fe.impact} />
      </div>
      <div>
        <label htmlFor="declare-commander" className="block text-sm font-medium text-slate-700">
          Commander <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <select
          id="declare-commander"
          name="commanderId"
          defaultValue={v.commanderId ?? ""}
          aria-invalid={fe.commanderId ? true : undefined}
          aria-describedby={fe.commanderId ? "declare-commander-error" : undefined}
          className={INPUT}
        >
          <option value="">{self ? `Me (${self.name})` : "Me"}</option>
          {commanders
            .filter((c) => c.id !== me)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email})
              </option>
            ))}
        </select>
        <Errors id="declare-commander-error" errors={fe.commanderId} />
      </div>
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
