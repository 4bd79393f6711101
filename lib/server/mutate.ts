import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import type { Permission } from "@/lib/domain/roles";
import { writeAudit, type AuditEntry } from "./audit";
import { authorize } from "./authorize";
import type { Ctx } from "./context";
import { db } from "./db";
import { emit, type BridgeEvent } from "./events";
import { parseInput } from "./validate";

type Outcome<R> = { result: R; audit: AuditEntry; event?: BridgeEvent };

/**
 * The one shape of every mutation: authorize → validate → one transaction that writes the
 * change, its audit row and its event together.
 */
export async function mutate<S extends z.ZodType, R>(
  ctx: Ctx,
  permission: Permission,
  schema: S,
  input: unknown,
  change: (tx: Tx, data: z.infer<S>) => Promise<Outcome<R>>,
): Promise<R> {
  authorize(ctx, permission);
  const data = parseInput(schema, input);
  return db.$transaction(async (tx) => {
    const outcome = await change(tx, data);
    await writeAudit(tx, ctx, outcome.audit);
    if (outcome.event) await emit(tx, outcome.event);
    return outcome.result;
  });
}
