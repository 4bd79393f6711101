"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/server/action";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { createPolicy } from "@/lib/server/policies/create";
import { deletePolicy } from "@/lib/server/policies/delete";
import { savePolicy } from "@/lib/server/policies/save";
import { requireCtx } from "@/lib/server/session";

// The editor posts the whole policy as JSON in one field; unreadable JSON is simply invalid input.
function policyInput(form: FormData): unknown {
  const raw = form.get("policy");
  try {
    return typeof raw === "string" ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

export async function savePolicyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(form, policyInput, savePolicy, {
    revalidate: "/admin/policies",
    success: "Policy saved.",
  });
  if (state.ok) revalidatePath("/admin/policies/[id]", "page");
  return state;
}

export async function createPolicyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    id = (await createPolicy(await requireCtx(), policyInput(form))).id;
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/admin/policies");
  redirect(`/admin/policies/${id}?created=1`);
}

export async function deletePolicyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(form, (f) => ({ id: f.get("id") ?? "" }), deletePolicy, {
    revalidate: "/admin/policies",
    success: "Policy deleted.",
  });
  if (state.ok) redirect("/admin/policies");
  return state;
}
