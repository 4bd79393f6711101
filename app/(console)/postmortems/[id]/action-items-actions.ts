"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/domain/action-state";
import { changeActionItemStatus } from "@/lib/server/action-items/change-status";
import { createActionItem } from "@/lib/server/action-items/create";
import { deleteActionItem } from "@/lib/server/action-items/delete";
import { updateActionItem } from "@/lib/server/action-items/update";
import type { Ctx } from "@/lib/server/context";
import { actionFailure } from "@/lib/server/errors";
import { requireCtx } from "@/lib/server/session";

const FIELDS = [
  ...["postmortemId", "id", "title", "successCriteria", "ownerId", "dueDate", "priority", "componentId"],
  ...["status", "wontDoReason"],
];

/** The form's fields as typed: the service's input, and what a failed save echoes back. */
function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

async function run(
  form: FormData,
  service: (ctx: Ctx, input: unknown) => Promise<unknown>,
  success: string,
): Promise<ActionState> {
  const values = typed(form);
  try {
    await service(await requireCtx(), values);
  } catch (error) {
    return actionFailure(error, values);
  }
  // The postmortem page and the list across postmortems show the same items.
  revalidatePath("/postmortems/[id]", "page");
  revalidatePath("/action-items");
  return { ok: true, message: success, fieldErrors: {}, at: Date.now() };
}

export async function createActionItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, createActionItem, "Action item added.");
}

export async function updateActionItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, updateActionItem, "Action item saved.");
}

export async function changeActionItemStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, changeActionItemStatus, "Status saved.");
}

export async function deleteActionItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(form, deleteActionItem, "Action item deleted.");
}
