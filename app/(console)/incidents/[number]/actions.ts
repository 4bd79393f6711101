"use server";

import { runAction } from "@/lib/server/action";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { acknowledge } from "@/lib/server/incidents/acknowledge";
import { addNote } from "@/lib/server/incidents/add-note";
import { changeSeverity } from "@/lib/server/incidents/change-severity";
import { changeStatus } from "@/lib/server/incidents/change-status";
import { handOver } from "@/lib/server/incidents/handover";
import { previewObligation } from "@/lib/server/incidents/preview-obligation";
import { retryDelivery } from "@/lib/server/incidents/retry-delivery";
import { sendObligationNow } from "@/lib/server/incidents/send-obligation-now";
import { requireCtx } from "@/lib/server/session";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};
const filled = (form: FormData, key: string) => text(form, key)?.trim() || undefined;

/** The page to re-render after a change; the incident number comes from the form. */
const page = (form: FormData) => `/incidents/${/^\d+$/.test(text(form, "number") ?? "") ? text(form, "number") : ""}`;

export async function changeStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const resolving = text(form, "status") === "RESOLVED";
  return runAction(
    form,
    (f) => ({
      incidentId: text(f, "incidentId"),
      status: text(f, "status"),
      note: text(f, "note") ?? "",
      // Only a resolution writes these; an empty box leaves what was written before.
      rootCauseSummary: resolving ? filled(f, "rootCauseSummary") : undefined,
      resolutionSummary: resolving ? filled(f, "resolutionSummary") : undefined,
    }),
    changeStatus,
    { revalidate: page(form), success: "Status updated." },
  );
}

export async function changeSeverityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ incidentId: text(f, "incidentId"), severity: text(f, "severity") }),
    changeSeverity,
    {
      revalidate: page(form),
      success: "Severity changed; notifications re-planned.",
    },
  );
}

export async function handOverAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ incidentId: text(f, "incidentId"), commanderId: text(f, "commanderId") }),
    handOver,
    {
      revalidate: page(form),
      success: "Command handed over.",
    },
  );
}

export async function acknowledgeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ incidentId: text(f, "incidentId") }), acknowledge, {
    revalidate: page(form),
    success: "Acknowledged; escalation stopped.",
  });
}

export async function addNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ incidentId: text(f, "incidentId"), message: text(f, "message") ?? "" }), addNote, {
    revalidate: page(form),
    success: "Note added.",
  });
}

export async function sendObligationNowAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ obligationId: text(f, "obligationId") }), sendObligationNow, {
    revalidate: page(form),
    success: "Sent.",
  });
}

export async function retryDeliveryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ deliveryId: text(f, "deliveryId") }), retryDelivery, {
    revalidate: page(form),
    success: "Queued to retry now.",
  });
}

export type PreviewResult =
  { ok: true; preview: Awaited<ReturnType<typeof previewObligation>> } | { ok: false; message: string };

/** Renders what "Send now" would send; read-only. */
export async function previewObligationAction(obligationId: string): Promise<PreviewResult> {
  try {
    return { ok: true, preview: await previewObligation(await requireCtx(), { obligationId }) };
  } catch (error) {
    return { ok: false, message: actionFailure(error).message };
  }
}
