import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { policyJson } from "./config-json";

// Escalation policies as the API reads them. The console shows policies to admins only (they name
// who is paged, by address), so a config:read token reads them only if its creator is an admin.

const select = {
  id: true,
  name: true,
  description: true,
  isDefault: true,
  repeatCount: true,
  version: true,
  levels: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      roleLabel: true,
      escalateAfterMinutes: true,
      targets: { select: { userId: true, email: true, label: true }, orderBy: { id: "asc" } },
    },
  },
} satisfies Prisma.EscalationPolicySelect;

function authorizePolicyRead(ctx: Ctx) {
  authorize(ctx, "plan:read");
  if (!can(ctx.actor.role, "policy:manage"))
    throw new DomainError("FORBIDDEN", `Your role (${ctx.actor.role}) may not read escalation policies.`);
}

/** Every policy, the default first. */
export async function listPoliciesForApi(ctx: Ctx) {
  authorizePolicyRead(ctx);
  const policies = await db.escalationPolicy.findMany({ orderBy: [{ isDefault: "desc" }, { name: "asc" }], select });
  return policies.map(policyJson);
}

export async function readPolicy(ctx: Ctx, id: string) {
  authorizePolicyRead(ctx);
  const policy = await db.escalationPolicy.findUnique({ where: { id }, select });
  if (!policy) throw new DomainError("NOT_FOUND", "No such escalation policy.", { id: ["No such policy"] });
  return policyJson(policy);
}
