import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingUserId, type Ctx } from "./context";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

// JSON-safe copy (dates become ISO strings) so before/after are stored as the user saw them.
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Writes the audit row inside the caller's transaction, so a change and its record commit together. */
export async function writeAudit(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actingUserId(ctx),
      actorLabel: ctx.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      at: ctx.now,
    },
  });
}
