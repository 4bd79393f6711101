import "server-only";
import type { Outcome } from "@/lib/domain/integrations/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

/** Payloads are kept for the admin to read, not replayed: ~16 KB shows what was sent without hoarding it. */
export const PAYLOAD_KEEP_CHARS = 16_384;

export type LoggedEvent = {
  sourceId: string;
  receivedAt: Date;
  outcome: Outcome;
  dedupKey?: string | null;
  incidentId?: string | null;
  detail: string;
  payload: unknown;
};

const NUL = /\u0000/g;

function kept(payload: unknown): Prisma.InputJsonValue {
  // jsonb cannot hold NUL, which a sender may well put in a label.
  const text = JSON.stringify(payload ?? {}, (_key, v: unknown) => (typeof v === "string" ? v.replace(NUL, "") : v));
  if (text.length <= PAYLOAD_KEEP_CHARS) return JSON.parse(text) as Prisma.InputJsonValue;
  return { truncated: true, text: text.slice(0, PAYLOAD_KEEP_CHARS) };
}

type EventWriter = {
  integrationEvent: { create(args: { data: Prisma.IntegrationEventUncheckedCreateInput }): PromiseLike<unknown> };
};

/** One line of a source's event log: what arrived and what Bridge did with it. */
export async function logEvent(tx: EventWriter, event: LoggedEvent): Promise<void> {
  await tx.integrationEvent.create({
    data: { ...event, detail: event.detail.slice(0, 1000), payload: kept(event.payload) },
  });
}

/** A refusal, logged on its own since nothing else is written. */
export async function logRejected(sourceId: string, receivedAt: Date, detail: string, payload: unknown) {
  await logEvent(db, { sourceId, receivedAt, outcome: "rejected", detail, payload });
}
