import "server-only";
import { authorize } from "../authorize";
import { listTroubledTargets } from "../breakers/list-troubled";
import type { Ctx } from "../context";
import { db } from "../db";
import { auditTimers } from "./audit";
import { listFailedJobs, listFiredJobs } from "./list-fired";
import { listOverdueJobs } from "./list-overdue";
import { summarizeRecentLateness } from "./summary";

/** Everything the timer audit page shows, as of `ctx.now`. */
export async function getTimerAudit(ctx: Ctx) {
  authorize(ctx, "audit:read");
  const [summary, flagged, fired, failed, overdue, targets] = await Promise.all([
    summarizeRecentLateness(db, ctx.now),
    auditTimers(db, ctx.now),
    listFiredJobs(db),
    listFailedJobs(db),
    listOverdueJobs(db, ctx.now),
    listTroubledTargets(db),
  ]);
  return { now: ctx.now, summary, flagged, fired, failed, overdue, targets };
}
