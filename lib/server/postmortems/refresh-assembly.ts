import "server-only";
import { isAllowed } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { assemblePostmortem } from "./assemble";

/**
 * Brings the assembled parts (timeline, key times) up to date when someone who may write opens
 * an editable postmortem, so events recorded after it was started appear. It records nothing a
 * person did, so it writes no audit row; a published postmortem is left as it was published.
 */
export async function refreshAssembly(ctx: Ctx, postmortemId: string): Promise<void> {
  if (!isAllowed(ctx, "postmortem:write")) return;
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Postmortem" WHERE id = ${postmortemId} FOR UPDATE`;
    if (!row || row.status === "PUBLISHED") return;
    await assemblePostmortem(tx, postmortemId, ctx.now);
  });
}
