import "server-only";
import { revalidatePath } from "next/cache";
import type { Ctx } from "./context";
import type { ActionState } from "@/lib/domain/action-state";
import { actionFailure } from "./errors";
import { requireCtx } from "./session";

/** Adapts a form post to a service: session → service → revalidate, or form state with field errors. */
export async function runAction(
  form: FormData,
  toInput: (form: FormData) => unknown,
  service: (ctx: Ctx, input: unknown) => Promise<unknown>,
  options: { revalidate: string; success: string },
): Promise<ActionState> {
  const values = Object.fromEntries(
    [...form.entries()]
      .filter(([k, v]) => typeof v === "string" && !k.startsWith("$") && k !== "password")
      .map(([k, v]) => [k, String(v)]),
  );
  try {
    const ctx = await requireCtx();
    await service(ctx, toInput(form));
    revalidatePath(options.revalidate);
    return { ok: true, message: options.success, fieldErrors: {}, at: Date.now() };
  } catch (error) {
    return actionFailure(error, values);
  }
}
