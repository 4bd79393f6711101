"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { requireCtx } from "@/lib/server/session";
import { archiveTemplate } from "@/lib/server/templates/archive-template";
import { createTemplate } from "@/lib/server/templates/create-template";
import { restoreVersion } from "@/lib/server/templates/restore-version";
import { saveTemplate } from "@/lib/server/templates/save-template";
import { unarchiveTemplate } from "@/lib/server/templates/unarchive-template";

const FIELDS = [
  ...["key", "id", "baseVersion", "version", "name", "description", "state", "audience"],
  ...["subject", "body", "shortText"],
];

/** The editor's fields as typed: the service's input, and what a failed save echoes back. */
function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

const keyOf = (form: FormData) => encodeURIComponent(String(form.get("templateKey") ?? form.get("key") ?? ""));

// Success leaves the page through a redirect so the editor starts again from the saved version;
// the query tells the page what to announce.
export async function createTemplateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    await createTemplate(await requireCtx(), typed(form));
  } catch (error) {
    return actionFailure(error, typed(form));
  }
  revalidatePath("/templates");
  redirect(`/templates/${keyOf(form)}?saved=1`);
}

export async function saveTemplateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let version: number;
  try {
    version = (await saveTemplate(await requireCtx(), typed(form))).version.version;
  } catch (error) {
    return actionFailure(error, typed(form));
  }
  revalidatePath("/templates");
  redirect(`/templates/${keyOf(form)}?saved=${version}`);
}

export async function restoreVersionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let restored: { version: number; restoredFrom: number | null };
  try {
    restored = await restoreVersion(await requireCtx(), typed(form));
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/templates");
  redirect(`/templates/${keyOf(form)}?restored=${restored.restoredFrom}&saved=${restored.version}`);
}

export async function setArchivedAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const archive = form.get("archive") === "true";
  try {
    await (archive ? archiveTemplate : unarchiveTemplate)(await requireCtx(), typed(form));
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/templates");
  revalidatePath(`/templates/${keyOf(form)}`);
  return {
    ok: true,
    message: archive ? "Archived: hidden from the list and from suggestions." : "Back in the list and in suggestions.",
    fieldErrors: {},
    at: Date.now(),
  };
}
