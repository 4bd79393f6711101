import "server-only";
import type { ScopeChoices } from "@/lib/domain/subscriptions";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** What a subscription can cover: the public components, in status-page order, and the groups. */
export async function subscriptionChoices(ctx: Ctx): Promise<ScopeChoices> {
  authorize(ctx, "status:read");
  const [components, groups] = await Promise.all([
    db.component.findMany({
      where: { public: true },
      orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, group: { select: { name: true } } },
    }),
    db.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { components: components.map((c) => ({ id: c.id, name: c.name, group: c.group?.name ?? null })), groups };
}
