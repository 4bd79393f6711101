import "server-only";
import type { PostmortemStatus } from "@/lib/domain/postmortem-status";
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  highlightParts,
  isPostmortemOverdue,
  searchPostmortemsSchema,
} from "@/lib/domain/postmortem/write";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

/** Rows the list shows at most; a search is ranked, so the best matches come first. */
export const SEARCH_LIMIT = 100;

// Postgres marks matched words with characters stored text can never contain (see HIGHLIGHT_START).
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=" … "`;

type Hit = { id: string; rank: number; snippet: string };

/**
 * Every free-text section of each postmortem and its incident's title, searched with Postgres
 * text search (English stemming: "failing" finds "failed"); the title weighs more than the text.
 */
async function rankedHits(q: string, status: PostmortemStatus | undefined): Promise<Hit[]> {
  return db.$queryRaw<Hit[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS q),
    docs AS (
      SELECT p.id, i.title, coalesce(string_agg(s.body, E'\n\n' ORDER BY s.key), '') AS body
      FROM "Postmortem" p
      JOIN "Incident" i ON i.id = p."incidentId"
      LEFT JOIN "PostmortemSection" s ON s."postmortemId" = p.id
      WHERE ${status ?? null}::text IS NULL OR p.status::text = ${status ?? null}::text
      GROUP BY p.id, i.title
    ),
    indexed AS (
      SELECT id, title, body,
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B') AS doc
      FROM docs
    )
    SELECT d.id, ts_rank(d.doc, query.q)::float8 AS rank,
      ts_headline('english', CASE WHEN d.body = '' THEN d.title ELSE d.body END, query.q, ${HEADLINE_OPTIONS}) AS snippet
    FROM indexed d, query
    WHERE d.doc @@ query.q
    ORDER BY rank DESC, d.id
    LIMIT ${SEARCH_LIMIT}`;
}

/**
 * The postmortems list: all of them newest first, or, with `q`, those matching it, best first, each
 * with a snippet whose matched words are flagged (plain text pieces, never HTML). `status` narrows either.
 */
export async function searchPostmortems(ctx: Ctx, input: unknown) {
  authorize(ctx, "incident:read");
  const { q, status } = parseInput(searchPostmortemsSchema, input);
  const hits = q ? await rankedHits(q, status) : null;
  const rows = await db.postmortem.findMany({
    where: hits ? { id: { in: hits.map((h) => h.id) } } : status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take: SEARCH_LIMIT,
    include: {
      incident: { select: { number: true, title: true, severity: true } },
      author: { select: { name: true, email: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = hits ? hits.flatMap((h) => (byId.has(h.id) ? [byId.get(h.id)!] : [])) : rows;
  const hitOf = new Map((hits ?? []).map((h) => [h.id, h]));
  return ordered.map((r) => {
    const hit = hitOf.get(r.id);
    return {
      id: r.id,
      status: r.status,
      dueAt: r.dueAt,
      overdue: isPostmortemOverdue(r.dueAt, r.status, ctx.now),
      publishedAt: r.publishedAt,
      createdAt: r.createdAt,
      incident: r.incident,
      author: r.author ? r.author.name || r.author.email : null,
      rank: hit?.rank ?? null,
      snippet: hit ? highlightParts(hit.snippet) : null,
    };
  });
}

export type PostmortemListRow = Awaited<ReturnType<typeof searchPostmortems>>[number];
