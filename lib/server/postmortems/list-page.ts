import "server-only";
import type { PostmortemPageQuery } from "@/lib/domain/postmortem/page-query";
import { isPostmortemOverdue } from "@/lib/domain/postmortem/write";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { decodeKeyset, encodeKeyset, pastKeyset } from "../keyset-cursor";

/** Postmortems, newest first, optionally of one status, a page at a time; the endpoint parsed the query. */
export async function listPostmortemPage(ctx: Ctx, query: PostmortemPageQuery) {
  authorize(ctx, "incident:read");
  const before = query.cursor ? decodeKeyset(query.cursor) : null;
  const rows = await db.postmortem.findMany({
    where: {
      status: query.status,
      ...(before ? pastKeyset(before, "desc") : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.take + 1,
    include: {
      incident: { select: { number: true, title: true, severity: true } },
      author: { select: { name: true, email: true } },
    },
  });
  const page = rows.slice(0, query.take);
  return {
    items: page.map((p) => ({
      ...p,
      author: p.author ? p.author.name || p.author.email : null,
      overdue: isPostmortemOverdue(p.dueAt, p.status, ctx.now),
    })),
    nextCursor: rows.length > query.take ? encodeKeyset(page[page.length - 1]) : null,
  };
}
