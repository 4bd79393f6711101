"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { actionFailure } from "@/lib/server/errors";
import { createSource } from "@/lib/server/integrations/create";
import { deleteSource } from "@/lib/server/integrations/delete";
import { rotateSourceKey } from "@/lib/server/integrations/rotate-key";
import { setSourceEnabled } from "@/lib/server/integrations/set-enabled";
import { updateSource } from "@/lib/server/integrations/update";
import { requireCtx } from "@/lib/server/session";

/** Form state that carries a new key back to the page that shows it once. */
export type KeyState = ActionState & { key?: string; kind?: string; sourceName?: string };

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

/** The form's fields as the service's input: severity rows zipped from their two columns, blank rows dropped. */
function settingsOf(form: FormData) {
  const values = form.getAll("mapValue").map(String);
  const severities = form.getAll("mapSeverity").map(String);
  return {
    name: text(form, "name"),
    severityLabel: text(form, "severityLabel") || undefined,
    defaultSeverity: text(form, "defaultSeverity"),
    componentSlugs: form.getAll("componentSlugs").map(String),
    autoResolve: form.get("autoResolve") === "on",
    severityMap: values
      .map((value, i) => ({ value, severity: severities[i] ?? "" }))
      .filter((row) => row.value.trim() !== ""),
  };
}

/** What was typed, echoed after a failure; the rows travel as JSON so the editor can restore them. */
function echo(form: FormData): Record<string, string> {
  const s = settingsOf(form);
  return {
    kind: text(form, "kind"),
    name: s.name,
    severityLabel: text(form, "severityLabel"),
    defaultSeverity: s.defaultSeverity,
    componentSlugs: s.componentSlugs.join(","),
    autoResolve: s.autoResolve ? "on" : "",
    severityMap: JSON.stringify(s.severityMap),
  };
}

async function withKey(form: FormData, make: () => Promise<{ source: { name: string; kind: string }; key: string }>) {
  try {
    const { source, key } = await make();
    revalidatePath("/admin/integrations");
    return {
      ok: true,
      message: "Saved.",
      fieldErrors: {},
      at: Date.now(),
      key,
      kind: source.kind,
      sourceName: source.name,
    };
  } catch (error) {
    return actionFailure(error, echo(form));
  }
}

export async function createSourceAction(_prev: KeyState, form: FormData): Promise<KeyState> {
  return withKey(form, async () => createSource(await requireCtx(), { kind: text(form, "kind"), ...settingsOf(form) }));
}

export async function rotateKeyAction(_prev: KeyState, form: FormData): Promise<KeyState> {
  return withKey(form, async () => rotateSourceKey(await requireCtx(), { id: text(form, "id") }));
}

export async function updateSourceAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await updateSource(await requireCtx(), { id: text(form, "id"), ...settingsOf(form) });
    revalidatePath("/admin/integrations");
    return { ok: true, message: "Saved.", fieldErrors: {}, at: Date.now() };
  } catch (error) {
    return actionFailure(error, echo(form));
  }
}

export async function setEnabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: text(f, "id"), enabled: text(f, "enabled") === "true" }), setSourceEnabled, {
    revalidate: "/admin/integrations",
    success: "Saved.",
  });
}

export async function deleteSourceAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await deleteSource(await requireCtx(), { id: text(form, "id") });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin/integrations");
  redirect("/admin/integrations");
}
