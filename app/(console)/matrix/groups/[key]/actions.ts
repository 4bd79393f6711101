"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/server/action";
import type { Ctx } from "@/lib/server/context";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { addMember } from "@/lib/server/matrix/add-member";
import { deleteGroup } from "@/lib/server/matrix/delete-group";
import { removeMember } from "@/lib/server/matrix/remove-member";
import { rotateWebhookSecret } from "@/lib/server/matrix/rotate-webhook-secret";
import { setWebhookTimeout } from "@/lib/server/matrix/set-webhook-timeout";
import { updateGroup } from "@/lib/server/matrix/update-group";
import { requireCtx } from "@/lib/server/session";
import { echo, text } from "../../form-values";

/** Form state that may carry a webhook secret, shown to the admin once. */
export type SecretState = ActionState & { secret?: string };

const groupPath = (form: FormData) => `/matrix/groups/${text(form, "groupKey") ?? ""}`;

async function withSecret(
  form: FormData,
  input: unknown,
  service: (ctx: Ctx, input: unknown) => Promise<{ secret: string | null }>,
  success: string,
): Promise<SecretState> {
  try {
    const { secret } = await service(await requireCtx(), input);
    revalidatePath(groupPath(form));
    revalidatePath("/matrix");
    return {
      ok: true,
      message: success,
      fieldErrors: {},
      at: Date.now(),
      values: echo(form),
      secret: secret ?? undefined,
    };
  } catch (error) {
    return actionFailure(error, echo(form));
  }
}

export async function updateGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ id: text(f, "id") ?? "", name: text(f, "name") ?? "", description: text(f, "description") ?? "" }),
    updateGroup,
    {
      revalidate: groupPath(form),
      success: "Saved.",
    },
  );
}

export async function deleteGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(form, (f) => ({ id: text(f, "id") ?? "" }), deleteGroup, {
    revalidate: "/matrix",
    success: "Group deleted.",
  });
  if (state.ok) redirect("/matrix");
  return state;
}

export async function addMemberAction(_prev: SecretState, form: FormData): Promise<SecretState> {
  const kind = text(form, "kind");
  const input = {
    groupId: text(form, "groupId") ?? "",
    kind,
    label: text(form, "label") ?? "",
    ...(kind === "USER" ? { userId: text(form, "userId") ?? "" } : {}),
    ...(kind === "EMAIL" ? { email: text(form, "email") ?? "" } : {}),
    ...(kind === "WEBHOOK"
      ? { webhookUrl: text(form, "webhookUrl") ?? "", webhookTimeoutMs: text(form, "webhookTimeoutMs") ?? "" }
      : {}),
  };
  return withSecret(form, input, addMember, "Member added.");
}

export async function removeMemberAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: text(f, "id") ?? "" }), removeMember, {
    revalidate: groupPath(form),
    success: "Member removed.",
  });
}

export async function rotateSecretAction(_prev: SecretState, form: FormData): Promise<SecretState> {
  return withSecret(
    form,
    { id: text(form, "id") ?? "" },
    rotateWebhookSecret,
    "New secret created; the old one no longer signs.",
  );
}

export async function setWebhookTimeoutAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ id: text(f, "id") ?? "", webhookTimeoutMs: text(f, "webhookTimeoutMs") ?? "" }),
    setWebhookTimeout,
    { revalidate: groupPath(form), success: "Timeout saved." },
  );
}
