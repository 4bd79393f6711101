import "server-only";
import { maskWebhookUrl } from "@/lib/domain/webhook-mask";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** The notification matrix with its groups, their members and each rule's template. */
export async function getMatrix(ctx: Ctx) {
  authorize(ctx, "plan:read");
  const showMembers = ctx.actor.role !== "STAKEHOLDER";
  const [rules, groups] = await Promise.all([
    db.notificationRule.findMany({
      orderBy: [{ severity: "asc" }, { withinMinutes: "asc" }],
      include: { group: true, template: { select: { key: true, name: true } } },
    }),
    db.stakeholderGroup.findMany({
      orderBy: { name: "asc" },
      include: { members: { include: { user: { select: { name: true, email: true } } } } },
    }),
  ]);
  // Stakeholders see who is told, not the addresses behind each group; only admins see whole webhook URLs.
  const member = <M extends { webhookUrl: string | null }>(m: M): M =>
    ctx.actor.role === "ADMIN" || m.webhookUrl === null ? m : { ...m, webhookUrl: maskWebhookUrl(m.webhookUrl) };
  return { rules, groups: groups.map((g) => ({ ...g, members: showMembers ? g.members.map(member) : null })) };
}
