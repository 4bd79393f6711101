import "server-only";
import type { Tx } from "@/lib/db/create-client";

/** A policy as the audit log records it: its fields, and levels in order with their targets. */
export async function policySnapshot(tx: Tx, id: string) {
  return tx.escalationPolicy.findUnique({
    where: { id },
    include: {
      levels: {
        orderBy: { position: "asc" },
        include: {
          targets: { select: { id: true, userId: true, email: true, label: true } },
          _count: { select: { pages: true } },
        },
      },
    },
  });
}

export type PolicySnapshot = NonNullable<Awaited<ReturnType<typeof policySnapshot>>>;
