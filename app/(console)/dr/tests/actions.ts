"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { recordDrTestRun } from "@/lib/server/dr/record-run";
import { startDrill } from "@/lib/server/dr/start-drill";
import { updateDrTest } from "@/lib/server/dr/update-test";
import { actionFailure } from "@/lib/server/errors";
import { requireCtx } from "@/lib/server/session";

const str = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

const TEST_FIELDS = [
  "key",
  "scenario",
  "cadence",
  "method",
  "expectedRtoMinutes",
  "expectedRpoMinutes",
  "successCriteria",
  "runbookId",
] as const;

export async function updateDrTestAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => Object.fromEntries(TEST_FIELDS.map((k) => [k, str(f, k)])), updateDrTest, {
    revalidate: `/dr/tests/${str(form, "key")}`,
    success: "Test saved.",
  });
}

const RUN_FIELDS = [
  "key",
  "runId",
  "startedAt",
  "completedAt",
  "actualRtoMinutes",
  "actualRpoMinutes",
  "runbookRunId",
  "notes",
] as const;

/** Criterion rows arrive as criterion.N, outcome.N and note.N. */
function runInput(form: FormData) {
  const count = Number(str(form, "criteriaCount")) || 0;
  const criteria = Array.from({ length: count }, (_, i) => ({
    criterion: str(form, `criterion.${i}`),
    outcome: str(form, `outcome.${i}`) || undefined,
    note: str(form, `note.${i}`),
  })).filter((c) => c.outcome !== undefined);
  return { ...Object.fromEntries(RUN_FIELDS.map((k) => [k, str(form, k)])), criteria };
}

export async function recordDrTestRunAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, runInput, recordDrTestRun, {
    revalidate: `/dr/tests/${str(form, "key")}`,
    success: "Run recorded.",
  });
}

/** Starts a drill of the test and opens its incident's bridge. */
export async function startDrillAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let number: number;
  try {
    const input = { key: str(form, "key"), severity: str(form, "severity"), componentId: str(form, "componentId") };
    const started = await startDrill(await requireCtx(), input);
    number = started.incident.number;
  } catch (error) {
    return actionFailure(error, { severity: str(form, "severity"), componentId: str(form, "componentId") });
  }
  revalidatePath("/dr/tests");
  redirect(`/incidents/${number}`);
}
