import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";
import { runJson } from "./dr-json";
import type { PageQuery } from "./page-of";

// The runs of a DR test as the API reads them, newest first, a page at a time: a test run monthly
// for years has more runs than the console's page shows.

const runSelect = {
  id: true,
  startedAt: true,
  completedAt: true,
  passed: true,
  drill: true,
  actualRtoMinutes: true,
  actualRpoMinutes: true,
  criteria: true,
  notes: true,
  incident: { select: { number: true } },
  actionItems: { select: { id: true, title: true, status: true, dueDate: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.DrTestRunSelect;

const noSuchTest = (key: string) =>
  new DomainError("NOT_FOUND", `There is no DR test ${key}.`, { key: ["No such DR test"] });

export async function listDrRuns(ctx: Ctx, key: string, query: PageQuery) {
  authorize(ctx, "plan:read");
  const test = await db.drTest.findUnique({ where: { key }, select: { id: true } });
  if (!test) throw noSuchTest(key);
  const take = query.take ?? 25;
  if (query.cursor && !(await db.drTestRun.findFirst({ where: { id: query.cursor, testId: test.id } })))
    throw new DomainError("VALIDATION", "Not a valid page cursor", { cursor: ["Not a valid page cursor"] });
  const rows = await db.drTestRun.findMany({
    where: { testId: test.id },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: runSelect,
  });
  const items = rows.slice(0, take);
  return { items: items.map(runJson), nextCursor: rows.length > take ? items[items.length - 1].id : null };
}

/** One run as the API shows it, with its action items; read back after the service that wrote it authorized the caller. */
export async function readDrRun(id: string) {
  return runJson(await db.drTestRun.findUniqueOrThrow({ where: { id }, select: runSelect }));
}
