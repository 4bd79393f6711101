"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "@/lib/server/errors";
import { runAction } from "@/lib/server/action";
import { requireCtx } from "@/lib/server/session";
import { createToken } from "@/lib/server/tokens/create";
import { revokeToken } from "@/lib/server/tokens/revoke";

/** Form state that carries the new token's secret back to the page that shows it once. */
export type CreateTokenState = ActionState & { secret?: string; tokenName?: string };

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const values = {
    name: text(form, "name"),
    expiresInDays: text(form, "expiresInDays"),
    scopes: form.getAll("scopes").map(String).join(","),
  };
  try {
    const ctx = await requireCtx();
    const created = await createToken(ctx, {
      name: values.name,
      scopes: form.getAll("scopes").map(String),
      expiresInDays: values.expiresInDays,
    });
    revalidatePath("/admin/tokens");
    return {
      ok: true,
      message: "Token created.",
      fieldErrors: {},
      at: Date.now(),
      secret: created.secret,
      tokenName: created.token.name,
    };
  } catch (error) {
    return actionFailure(error, values);
  }
}

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: text(f, "id") }), revokeToken, {
    revalidate: "/admin/tokens",
    success: "Revoked.",
  });
}
