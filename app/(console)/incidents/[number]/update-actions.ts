"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { actionFailure } from "@/lib/server/errors";
import { requireCtx } from "@/lib/server/session";
import { previewUpdate, type UpdatePreview } from "@/lib/server/status-updates/compose";
import { postUpdate } from "@/lib/server/status-updates/post-update";
import { setPublicDetails } from "@/lib/server/status-updates/set-public-details";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};
const page = (form: FormData) => `/incidents/${/^\d+$/.test(text(form, "number") ?? "") ? text(form, "number") : ""}`;

/** Each `componentState.<id>` select, as the service's map of component id to public state. */
function componentStates(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()]
      .filter(([k, v]) => k.startsWith("componentState.") && typeof v === "string" && v !== "")
      .map(([k, v]) => [k.slice("componentState.".length), String(v)]),
  );
}

export async function postUpdateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const isPublic = text(form, "public") === "on";
  return runAction(
    form,
    (f) => ({
      key: text(f, "key"),
      incidentId: text(f, "incidentId"),
      templateId: text(f, "templateId"),
      templateVersion: text(f, "templateVersion"),
      status: text(f, "status"),
      message: text(f, "message") ?? "",
      subject: text(f, "subject") ?? "",
      body: text(f, "body") ?? "",
      shortText: text(f, "shortText") ?? "",
      groupIds: f.getAll("groupIds").filter((v) => typeof v === "string"),
      public: isPublic,
      notifySubscribers: text(f, "notifySubscribers") === "on",
      // The public face is set with the update only when it goes public.
      publicTitle: isPublic ? text(f, "publicTitle") : undefined,
      componentStates: isPublic ? componentStates(f) : {},
      nextUpdate: text(f, "nextUpdate"),
      customMinutes: text(f, "nextUpdate") === "custom" ? text(f, "customMinutes") : undefined,
    }),
    postUpdate,
    { revalidate: page(form), success: "Update posted." },
  );
}

export async function setPublicDetailsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      incidentId: text(f, "incidentId"),
      publicTitle: text(f, "publicTitle"),
      componentStates: componentStates(f),
    }),
    setPublicDetails,
    { revalidate: page(form), success: "Public details saved." },
  );
}

export type PreviewAnswer = { ok: true; preview: UpdatePreview } | { ok: false; message: string };

/** Renders the chosen template for the incident; read-only. */
export async function previewUpdateAction(incidentId: string, templateId: string): Promise<PreviewAnswer> {
  try {
    return { ok: true, preview: await previewUpdate(await requireCtx(), { incidentId, templateId }) };
  } catch (error) {
    return { ok: false, message: actionFailure(error).message };
  }
}
