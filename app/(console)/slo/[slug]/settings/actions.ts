"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { updateSloSettings } from "@/lib/server/slo/update-settings";

const FIELDS = [
  "slug",
  "targetPercent",
  "thresholdMs",
  "window",
  "windowDays",
  "minRequests",
  "expectedIntervalSeconds",
  "alertMode",
  "pageSeverity",
  "ticketSeverity",
] as const;

export async function updateSloSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const slug = String(form.get("slug") ?? "");
  return runAction(form, (f) => Object.fromEntries(FIELDS.map((k) => [k, f.get(k) ?? ""])), updateSloSettings, {
    revalidate: `/slo/${slug}/settings`,
    success: "Settings saved.",
  });
}
