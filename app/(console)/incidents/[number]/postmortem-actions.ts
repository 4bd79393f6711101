"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { startPostmortem } from "@/lib/server/postmortems/start";
import { requireCtx } from "@/lib/server/session";

/** Starts the incident's postmortem, or finds the one it has, and goes there. */
export async function startPostmortemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    ({
      postmortem: { id },
    } = await startPostmortem(await requireCtx(), { incidentId: form.get("incidentId") }));
  } catch (error) {
    return actionFailure(error);
  }
  redirect(`/postmortems/${id}`);
}
