"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { runbookFromFields } from "@/lib/domain/runbooks/save-input";
import { runAction } from "@/lib/server/action";
import { saveRunbook } from "@/lib/server/runbooks/save-runbook";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

/** Creates or edits a runbook, then shows it; on an error the form keeps what was typed. */
export async function saveRunbookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const key = field(form, "key") ?? "";
  const state = await runAction(form, (f) => runbookFromFields((n) => field(f, n)), saveRunbook, {
    revalidate: "/dr/runbooks",
    success: "Runbook saved.",
  });
  if (state.ok && /^[a-z0-9][a-z0-9_-]*$/.test(key)) redirect(`/dr/runbooks/${key}?saved=1`);
  return state;
}
