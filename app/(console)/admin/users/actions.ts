"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { runAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users/create";
import { updateUser } from "@/lib/server/users/update";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      email: text(f, "email") ?? "",
      name: text(f, "name") ?? "",
      role: text(f, "role"),
      password: text(f, "password") ?? "",
    }),
    createUser,
    { revalidate: "/admin/users", success: "User created." },
  );
}

export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      id: text(f, "id") ?? "",
      role: text(f, "role"),
      active: text(f, "active") === undefined ? undefined : text(f, "active") === "true",
      password: text(f, "password"),
    }),
    updateUser,
    { revalidate: "/admin/users", success: "Saved." },
  );
}
