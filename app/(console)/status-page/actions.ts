"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { advanceMaintenance } from "@/lib/server/status-page/advance-maintenance";
import { overrideComponent } from "@/lib/server/status-page/override-component";
import { placeComponent } from "@/lib/server/status-page/place-component";
import { saveGroup } from "@/lib/server/status-page/save-group";
import { scheduleMaintenance } from "@/lib/server/status-page/schedule-maintenance";

const PATH = "/status-page";
const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

export async function saveGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ id: text(f, "id"), name: text(f, "name"), position: text(f, "position") || "0" }),
    saveGroup,
    { revalidate: PATH, success: "Group saved." },
  );
}

export async function placeComponentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      componentId: text(f, "componentId"),
      groupId: text(f, "groupId"),
      position: text(f, "position"),
      public: f.get("public") === "on",
    }),
    placeComponent,
    { revalidate: PATH, success: "Saved." },
  );
}

export async function overrideComponentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ componentId: text(f, "componentId"), state: text(f, "state") }), overrideComponent, {
    revalidate: PATH,
    success: "Public state saved.",
  });
}

export async function scheduleMaintenanceAction(prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(
    form,
    (f) => ({
      title: text(f, "title"),
      description: text(f, "description"),
      scheduledStart: text(f, "scheduledStart"),
      scheduledEnd: text(f, "scheduledEnd"),
      componentIds: f.getAll("componentIds").map(String),
      notifySubscribers: f.get("notifySubscribers") === "on",
    }),
    scheduleMaintenance,
    { revalidate: PATH, success: "Maintenance scheduled." },
  );
  // Every ticked component comes back, not only the last one, so nothing chosen is lost on an error.
  return state.ok
    ? state
    : { ...state, values: { ...state.values, componentIds: form.getAll("componentIds").join(",") } };
}

export async function advanceMaintenanceAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ maintenanceId: text(f, "maintenanceId"), status: text(f, "status"), message: text(f, "message") }),
    advanceMaintenance,
    { revalidate: PATH, success: "Maintenance updated." },
  );
}
