import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { STATUSES, type IncidentStatus } from "@/lib/domain/incident-status";
import { listIncidentsSchema, type ListIncidentsInput } from "@/lib/domain/incidents";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { parseInput } from "../validate";

const ACTIVE: IncidentStatus[] = STATUSES.filter((s) => s !== "RESOLVED");

// The list reads as two runs: active incidents, then resolved ones, each newest first. A cursor
// names the run and the (startedAt, number) of the last row shown, so pages are keyset reads
// on the (status, startedAt) index and never skip or repeat a row that has not changed status.
type Run = "active" | "resolved";
type Cursor = { run: Run; startedAt: Date; number: number };

function encodeCursor(run: Run, row: { startedAt: Date; number: number }): string {
  return `${run === "active" ? "a" : "r"}.${row.startedAt.getTime()}.${row.number}`;
}

function decodeCursor(text: string): Cursor {
  const [run, ms, number] = text.split(".");
  const startedAt = new Date(Number(ms));
  if (
    (run !== "a" && run !== "r") ||
    !/^\d+$/.test(ms ?? "") ||
    !/^\d+$/.test(number ?? "") ||
    Number.isNaN(startedAt.getTime())
  ) {
    throw new DomainError("VALIDATION", "This page link is not valid; start from the first page.", {
      cursor: ["Not a valid page cursor"],
    });
  }
  return { run: run === "a" ? "active" : "resolved", startedAt, number: Number(number) };
}

async function componentIdOfSlug(slug: string): Promise<string> {
  const component = await db.component.findUnique({ where: { slug }, select: { id: true } });
  if (!component)
    throw new DomainError("VALIDATION", "Unknown component", { componentSlug: [`Unknown component: ${slug}`] });
  return component.id;
}

function statusesOf(filter: ListIncidentsInput["status"]): IncidentStatus[] {
  if (!filter) return [...STATUSES];
  if (filter === "OPEN") return ACTIVE;
  return [filter];
}

const SELECT = {
  id: true,
  number: true,
  title: true,
  drill: true,
  severity: true,
  status: true,
  impact: true,
  startedAt: true,
  acknowledgedAt: true,
  resolvedAt: true,
  commander: { select: { name: true } },
} satisfies Prisma.IncidentSelect;

export type IncidentListItem = Prisma.IncidentGetPayload<{ select: typeof SELECT }>;

/**
 * Incidents for the list: active (not resolved) first, then resolved, each newest first;
 * filtered by status ("OPEN" = not resolved), severity, component and text in title or impact.
 */
export async function listIncidents(
  ctx: Ctx,
  input: unknown,
): Promise<{ items: IncidentListItem[]; nextCursor: string | null }> {
  authorize(ctx, "incident:read");
  const filter = parseInput(listIncidentsSchema, input);
  const componentId = filter.componentSlug ? await componentIdOfSlug(filter.componentSlug) : filter.componentId;
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
  const wanted = statusesOf(filter.status);
  const base: Prisma.IncidentWhereInput = {
    severity: filter.severity,
    components: componentId ? { some: { componentId } } : undefined,
    OR: filter.q
      ? [
          { title: { contains: filter.q, mode: "insensitive" } },
          { impact: { contains: filter.q, mode: "insensitive" } },
        ]
      : undefined,
  };
  const runs: { run: Run; statuses: IncidentStatus[] }[] = [
    { run: "active" as const, statuses: wanted.filter((s) => s !== "RESOLVED") },
    { run: "resolved" as const, statuses: wanted.filter((s) => s === "RESOLVED") },
  ].filter((r) => r.statuses.length > 0 && !(cursor?.run === "resolved" && r.run === "active"));

  const rows: (IncidentListItem & { run: Run })[] = [];
  for (const { run, statuses } of runs) {
    const need = filter.take + 1 - rows.length;
    if (need <= 0) break;
    const after: Prisma.IncidentWhereInput | undefined =
      cursor?.run === run
        ? {
            // The bare bound lets the index range start at the cursor; the OR breaks ties exactly.
            startedAt: { lte: cursor.startedAt },
            OR: [
              { startedAt: { lt: cursor.startedAt } },
              { startedAt: cursor.startedAt, number: { lt: cursor.number } },
            ],
          }
        : undefined;
    const found = await db.incident.findMany({
      where: {
        AND: [base, { status: statuses.length === 1 ? statuses[0] : { in: statuses } }, ...(after ? [after] : [])],
      },
      orderBy: [{ startedAt: "desc" }, { number: "desc" }],
      take: need,
      select: SELECT,
    });
    rows.push(...found.map((row) => ({ ...row, run })));
  }
  const hasMore = rows.length > filter.take;
  const page = hasMore ? rows.slice(0, filter.take) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(({ run: _run, ...item }) => item),
    nextCursor: hasMore && last ? encodeCursor(last.run, last) : null,
  };
}
