"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { declareIncident } from "@/lib/server/incidents/declare";
import { requireCtx } from "@/lib/server/session";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

/** Declares an incident from the declare dialog and opens its page. */
export async function declareIncidentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const componentIds = form.getAll("componentIds").filter((v): v is string => typeof v === "string");
  const input = {
    title: text(form, "title"),
    severity: text(form, "severity") || undefined,
    componentIds,
    impact: text(form, "impact"),
    commanderId: text(form, "commanderId") || undefined,
  };
  let number: number;
  try {
    number = (await declareIncident(await requireCtx(), input)).number;
  } catch (error) {
    const values = {
      title: input.title,
      severity: input.severity ?? "",
      impact: input.impact,
      commanderId: input.commanderId ?? "",
      componentIds: componentIds.join(","),
    };
    return actionFailure(error, values);
  }
  revalidatePath("/incidents");
  redirect(`/incidents/${number}`);
}
