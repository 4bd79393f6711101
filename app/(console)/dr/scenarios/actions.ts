"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { linkScenarioRunbook } from "@/lib/server/scenarios/link-runbook";

export async function linkRunbookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: f.get("id"), runbookId: f.get("runbookId") ?? "" }), linkScenarioRunbook, {
    revalidate: "/dr/scenarios",
    success: "Runbook saved.",
  });
}
