"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/domain/action-state";
import { changeActionItemStatus } from "@/lib/server/action-items/change-status";
import { actionFailure } from "@/lib/server/errors";
import { requireCtx } from "@/lib/server/session";

/** Changes an item's status from the list; a failure echoes what was chosen and typed. */
export async function changeStatusFromListAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values: Record<string, string> = {};
  for (const name of ["id", "status", "wontDoReason"]) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  try {
    await changeActionItemStatus(await requireCtx(), values);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/action-items");
  revalidatePath("/postmortems/[id]", "page");
  return { ok: true, message: "Status saved.", fieldErrors: {}, at: Date.now() };
}
