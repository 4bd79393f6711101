import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { DomainError } from "@/lib/domain/errors";
import { addMemberSchema, SECRET_MASK, type AddMemberInput } from "@/lib/domain/matrix-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { newWebhookSecret } from "./webhook-secret";

const ALREADY = "Already a member of this group";

// Fields of the new member by kind, refusing a second entry for the same person or endpoint.
async function memberFields(tx: Tx, data: AddMemberInput) {
  const same = (where: object) =>
    tx.stakeholderMember.findFirst({
      where: { groupId: data.groupId, kind: data.kind, ...where },
      select: { id: true },
    });
  if (data.kind === "USER") {
    const user = await tx.user.findFirst({ where: { id: data.userId, active: true } });
    if (!user) throw new DomainError("VALIDATION", "Unknown user", { userId: ["Choose an active user"] });
    if (await same({ userId: user.id }))
      throw new DomainError("CONFLICT", `${user.email} is already a member`, { userId: [ALREADY] });
    return { userId: user.id, label: data.label || user.name };
  }
  if (data.kind === "EMAIL") {
    if (await same({ email: data.email }))
      throw new DomainError("CONFLICT", `${data.email} is already a member`, { email: [ALREADY] });
    return { email: data.email, label: data.label || data.email };
  }
  if (await same({ webhookUrl: data.webhookUrl }))
    throw new DomainError("CONFLICT", "This webhook is already a member", { webhookUrl: [ALREADY] });
  return {
    webhookUrl: data.webhookUrl,
    webhookSecret: newWebhookSecret(),
    webhookTimeoutMs: data.webhookTimeoutMs,
    label: data.label || new URL(data.webhookUrl).host,
  };
}

/**
 * Adds a user, an e-mail address or a webhook to a group. A webhook gets a signing secret that
 * is returned here once and never again (it is omitted from reads and masked in the audit log).
 */
export async function addMember(ctx: Ctx, input: unknown) {
  return mutate(ctx, "matrix:manage", addMemberSchema, input, async (tx, data) => {
    const group = await tx.stakeholderGroup.findUnique({ where: { id: data.groupId } });
    if (!group) throw new DomainError("NOT_FOUND", "This group no longer exists", { groupId: ["No such group"] });
    const { webhookSecret, ...fields } = await memberFields(tx, data);
    const member = await tx.stakeholderMember.create({
      data: { groupId: group.id, kind: data.kind, ...fields, webhookSecret },
    });
    const after = { ...member, groupKey: group.key, webhookSecret: webhookSecret ? SECRET_MASK : null };
    return {
      result: { member, secret: webhookSecret ?? null },
      audit: { action: "matrix.member.add", entityType: "StakeholderMember", entityId: member.id, after },
      event: { type: "matrix.changed", id: group.id },
    };
  });
}
