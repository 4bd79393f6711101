import "server-only";
import { z } from "zod";
import { SECTION_KEYS } from "@/lib/domain/postmortem-status";
import { ID_MAX, text } from "@/lib/domain/text";
import { chooseOne } from "@/lib/domain/vocabulary";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

const schema = z.object({
  postmortemId: text(ID_MAX).min(1, "Postmortem is required"),
  key: z.enum(SECTION_KEYS, { error: chooseOne(SECTION_KEYS) }),
});

/** How many revisions the history shows, newest first. */
export const HISTORY_LIMIT = 50;

/** Who changed a section and when, newest first, each with the text it left. */
export async function sectionHistory(ctx: Ctx, input: unknown) {
  authorize(ctx, "incident:read");
  const { postmortemId, key } = parseInput(schema, input);
  const revisions = await db.postmortemSectionRevision.findMany({
    where: { section: { postmortemId, key } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: HISTORY_LIMIT,
    include: { author: { select: { name: true, email: true } } },
  });
  return revisions.map((r) => ({
    id: r.id,
    version: r.version,
    body: r.body,
    at: r.createdAt.toISOString(),
    by: r.author ? r.author.name || r.author.email : "Someone no longer known",
  }));
}
