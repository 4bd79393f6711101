import "server-only";
import { reviewOverdue } from "@/lib/domain/risks";
import type { Ctx } from "../context";
import { db } from "../db";
import { riskJson } from "./dr-json";

/** A risk as the API answers a write with it, read back after the service that wrote it authorized the caller. */
export async function readRisk(ctx: Ctx, id: string) {
  const risk = await db.risk.findUniqueOrThrow({
    where: { id },
    include: { owner: { select: { id: true, name: true } } },
  });
  return riskJson({ ...risk, overdue: reviewOverdue(risk, ctx.now) });
}
