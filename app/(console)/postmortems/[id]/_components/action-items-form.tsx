"use client";

import { useActionState, useState } from "react";
import { ModalDialog } from "@/components/shell/modal-dialog";
import { Button } from "@/components/ui/button";
import { OptionalLabel, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SUCCESS_CRITERIA_MAX, TITLE_MAX } from "@/lib/domain/action-items";
import { initialActionState, typedValues } from "@/lib/domain/action-state";
import { ACTION_ITEM_PRIORITIES, ACTION_ITEM_PRIORITY } from "@/lib/domain/postmortem-status";
import { SaveMessage } from "../../../matrix/_components/save-message";
import { submitWithoutReset } from "../../../matrix/_components/submit-without-reset";
import { createActionItemAction, updateActionItemAction } from "../action-items-actions";

type Choice = { id: string; name: string };

/** An item as the form starts from: its saved values, the due date as a day (YYYY-MM-DD). */
export type ItemValues = {
  id: string;
  title: string;
  successCriteria: string;
  ownerId: string;
  dueDate: string;
  priority: string;
  componentId: string;
};

type Props = {
  postmortemId: string;
  /** The item to edit; none adds a new one. */
  item?: ItemValues;
  owners: Choice[];
  components: Choice[];
};

const FIELD_NAMES = ["title", "successCriteria", "ownerId", "dueDate", "priority", "componentId"];

/**
 * "Add action item" (or "Edit") and its dialog. A failed save keeps everything typed and shows
 * each error by its field; a successful one closes the dialog.
 */
export function ActionItemDialog({ postmortemId, item, owners, components }: Props) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState(
    item ? updateActionItemAction : createActionItemAction,
    initialActionState,
  );
  // A successful save closes the dialog, once per answer (adjusting state while rendering, not in an effect).
  const [answered, setAnswered] = useState(state.at);
  if (state.at !== answered) {
    setAnswered(state.at);
    if (state.ok) setOpen(false);
  }
  const v = typedValues(state);
  const errors = state.fieldErrors;
  const idOf = (name: string) => `${name}-${item?.id ?? "new"}`;
  const title = item ? `Edit action item` : "Add action item";
  return (
    <>
      <Button type="button" variant={item ? "secondary" : "primary"} onClick={() => setOpen(true)}>
        {item ? (
          <>
            Edit<span className="sr-only"> {item.title}</span>
          </>
        ) : (
          "Add action item"
        )}
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={title}>
        {/* Keyed on each answer so the fields re-mount with what was typed (selects included). */}
        <form
          key={state.at ?? 0}
          onSubmit={submitWithoutReset(action)}
          noValidate
          aria-label={title}
          className="space-y-4"
        >
          <input type="hidden" name="postmortemId" value={postmortemId} />
          {item ? <input type="hidden" name="id" value={item.id} /> : null}
          <TextField
            label="Title"
            id={idOf("title")}
            name="title"
            maxLength={TITLE_MAX}
            defaultValue={v.title ?? item?.title ?? ""}
            errors={errors.title}
          />
          <TextAreaField
            label={<OptionalLabel>How we will know it worked</OptionalLabel>}
            id={idOf("successCriteria")}
            name="successCriteria"
            rows={2}
            maxLength={SUCCESS_CRITERIA_MAX}
            defaultValue={v.successCriteria ?? item?.successCriteria ?? ""}
            errors={errors.successCriteria}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label="Owner"
              id={idOf("ownerId")}
              name="ownerId"
              defaultValue={v.ownerId ?? item?.ownerId ?? ""}
              errors={errors.ownerId}
            >
              <option value="">No owner yet</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={<OptionalLabel>Due date</OptionalLabel>}
              id={idOf("dueDate")}
              name="dueDate"
              type="date"
              defaultValue={v.dueDate ?? item?.dueDate ?? ""}
              errors={errors.dueDate}
              hint="The item is overdue once this day has ended (UTC)."
            />
            <SelectField
              label="Priority"
              id={idOf("priority")}
              name="priority"
              defaultValue={v.priority ?? item?.priority ?? "MEDIUM"}
              errors={errors.priority}
            >
              {ACTION_ITEM_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {ACTION_ITEM_PRIORITY[p].label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Component"
              id={idOf("componentId")}
              name="componentId"
              defaultValue={v.componentId ?? item?.componentId ?? ""}
              errors={errors.componentId}
              hint="Links the item to later incidents of this component."
            >
              <option value="">None</option>
              {components.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save action item"}
            </Button>
            <SaveMessage state={state} fields={FIELD_NAMES} />
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
