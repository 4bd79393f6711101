import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { JobKind, JobPayload } from "@/lib/domain/jobs";
import type { Ctx } from "../../context";
import type { Logger } from "../../log";
import { handleActionItemDue } from "./action-item-due";
import { handleDeliver } from "./deliver";
import { handleEscalate } from "./escalate";
import { handleObligation } from "./obligation";
import { handleStatusSnapshot } from "./status-snapshot";
import { handleSubscriberNotice } from "./subscriber-notice";
import { handleHealthCheck } from "./health-check";
import { handleDemoFeed } from "./demo-feed";
import { handleRpoWatch } from "./rpo-watch";
import { handleSloEvaluate } from "./slo-evaluate";
import { handleSweep } from "./sweep";
import { handleUpdateReminder } from "./update-reminder";

/** What a worker lends its handlers: its database client, how long its leases last, and its log (with the job's key). */
export type HandlerOptions = { db: Db; staleLockMs: number; log?: Logger };

export type JobHandler<K extends JobKind> = (
  ctx: Ctx,
  payload: JobPayload<K>,
  options?: HandlerOptions,
) => Promise<void>;

/** One handler per kind of the job contract; a kind without one does not compile. */
export const HANDLERS: { [K in JobKind]: JobHandler<K> } = {
  escalate: handleEscalate,
  obligation: handleObligation,
  deliver: handleDeliver,
  sweep: handleSweep,
  "status-snapshot": handleStatusSnapshot,
  "notify-subscribers": handleSubscriberNotice,
  "update-reminder": handleUpdateReminder,
  "action-item-due": handleActionItemDue,
  "health-check": handleHealthCheck,
  "slo-evaluate": handleSloEvaluate,
  "rpo-watch": handleRpoWatch,
  "demo-feed": handleDemoFeed,
};
