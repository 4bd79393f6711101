import "server-only";
import { shownStates } from "@/lib/domain/status-page/summary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { buildSummary } from "./view";

/**
 * Every component with what the status page shows for it now: the state derived from active
 * incidents and maintenance (or a commander's override). A hidden component shows nothing (null).
 */
export async function listComponents(ctx: Ctx) {
  authorize(ctx, "status:read");
  const [components, summary] = await Promise.all([
    db.component.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        rtoMinutes: true,
        public: true,
        stateOverride: true,
        group: { select: { name: true } },
      },
    }),
    // Built fresh, not from the page cache: a caller that just set a state reads it back at once.
    buildSummary(db, ctx.now),
  ]);
  const shown = shownStates(summary);
  return components.map(({ group, ...c }) => ({ ...c, group: group?.name ?? null, state: shown.get(c.id) ?? null }));
}
