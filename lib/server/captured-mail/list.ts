import "server-only";
import { z } from "zod";
import { optionalText } from "@/lib/domain/text";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

const pageSchema = z.object({
  cursor: optionalText(64),
  take: z.coerce.number().int().min(1).max(200).default(50),
});

/** Mail held by the local SMTP capture, newest first, a page at a time (cursor = last id shown). */
export async function listCapturedMail(ctx: Ctx, input: unknown) {
  authorize(ctx, "audit:read");
  const { cursor, take } = parseInput(pageSchema, input);
  const rows = await db.capturedMail.findMany({
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const more = rows.length > take;
  const items = more ? rows.slice(0, take) : rows;
  return { items, nextCursor: more ? items[items.length - 1].id : null, total: await db.capturedMail.count() };
}
