import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Ctx } from "../../context";
import { handleDeliver } from "./deliver";
import { handleEscalate } from "./escalate";
import { handleObligation } from "./obligation";

/** What a worker lends its handlers: its database client and how long its locks last. */
export type HandlerOptions = { db: Db; staleLockMs: number };

export type JobHandler = (ctx: Ctx, payload: unknown, options?: HandlerOptions) => Promise<void>;

export const HANDLERS: Record<string, JobHandler> = {
  escalate: handleEscalate,
  obligation: handleObligation,
  deliver: handleDeliver,
};
