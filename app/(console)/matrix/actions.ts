"use server";

import { runAction } from "@/lib/server/action";
import type { ActionState } from "@/lib/domain/action-state";
import { addRule } from "@/lib/server/matrix/add-rule";
import { createGroup } from "@/lib/server/matrix/create-group";
import { removeRule } from "@/lib/server/matrix/remove-rule";
import { updateRule } from "@/lib/server/matrix/update-rule";
import { deadline, sendingMode, text } from "./form-values";

const options = (success: string) => ({ revalidate: "/matrix", success });

export async function addRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      severity: text(f, "severity"),
      withinMinutes: deadline(f),
      groupId: text(f, "groupId") ?? "",
      templateId: text(f, "templateId") ?? null,
      autoSend: sendingMode(f),
    }),
    addRule,
    options("Rule added."),
  );
}

export async function updateRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      id: text(f, "id") ?? "",
      withinMinutes: deadline(f),
      templateId: text(f, "templateId") ?? null,
      autoSend: sendingMode(f),
    }),
    updateRule,
    options("Saved."),
  );
}

export async function removeRuleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ id: text(f, "id") ?? "" }), removeRule, options("Rule removed."));
}

export async function createGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ key: text(f, "key") ?? "", name: text(f, "name") ?? "", description: text(f, "description") ?? "" }),
    createGroup,
    options("Group created."),
  );
}
