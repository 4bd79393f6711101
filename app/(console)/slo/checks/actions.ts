"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { deleteHealthCheck } from "@/lib/server/slo/delete-check";
import { saveHealthCheck } from "@/lib/server/slo/save-check";
import { setHealthCheckEnabled } from "@/lib/server/slo/set-check-enabled";

const FIELDS = [
  "id",
  "serviceId",
  "name",
  "url",
  "method",
  "expectedStatus",
  "intervalSeconds",
  "timeoutMs",
  "availabilitySloId",
  "latencySloId",
] as const;

export async function saveHealthCheckAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const editing = Boolean(form.get("id"));
  return runAction(
    form,
    (f) => ({
      ...Object.fromEntries(FIELDS.map((k) => [k, f.get(k) ?? ""])),
      // An unchecked box sends nothing: off.
      enabled: f.get("enabled") === "on",
    }),
    saveHealthCheck,
    { revalidate: "/slo/checks", success: editing ? "Check saved." : "Check created." },
  );
}

export async function setHealthCheckEnabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: f.get("id"), enabled: f.get("enabled") }), setHealthCheckEnabled, {
    revalidate: "/slo/checks",
    success: form.get("enabled") === "true" ? "Enabled: first run now." : "Disabled.",
  });
}

export async function deleteHealthCheckAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(form, (f) => ({ id: f.get("id") }), deleteHealthCheck, {
    revalidate: "/slo/checks",
    success: "Deleted.",
  });
  if (state.ok) redirect("/slo/checks");
  return state;
}
