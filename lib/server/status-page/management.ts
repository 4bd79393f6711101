import "server-only";
import { shownStates } from "@/lib/domain/status-page/summary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { buildSummary } from "./view";

/** What the console's status-page screen edits: groups, every component (hidden ones too) and maintenance. */
export async function readManagement(ctx: Ctx) {
  authorize(ctx, "statuspage:manage");
  const [groups, components, maintenance, summary] = await Promise.all([
    db.componentGroup.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.component.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, slug: true, groupId: true, position: true, public: true, stateOverride: true },
    }),
    db.maintenance.findMany({
      orderBy: [{ scheduledStart: "desc" }],
      take: 30,
      include: {
        components: { select: { component: { select: { name: true } } } },
        updates: { orderBy: { publishedAt: "asc" } },
      },
    }),
    buildSummary(db, ctx.now),
  ]);
  const shown = shownStates(summary);
  return {
    groups,
    components: components.map((c) => ({ ...c, publicState: shown.get(c.id) ?? null })),
    maintenance,
  };
}
