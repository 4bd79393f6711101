import "server-only";
import type { Db } from "@/lib/db/create-client";
import { GIVE_UP_AFTER_MS, nextAttemptAt } from "@/lib/domain/backoff";
import { SMTP_TARGET, type Breaker } from "@/lib/domain/breaker";
import { admitDelivery } from "../../breakers/admit-delivery";
import { recordBreakerOutcome } from "../../breakers/record-outcome";
import { deliverJob, deliveryClass, type JobPayload } from "@/lib/domain/jobs";
import { sendEmail } from "../../channels/email";
import { DeliveryEnded, sendPushDelivery } from "../../notify/send-push";
import { unsubscribeUrl } from "../../subscriptions/links";
import { postWebhook, webhookIdempotencyKey } from "../../channels/webhook";
import type { WebhookNotification } from "../../api/schemas/webhooks";
import type { Ctx } from "../../context";
import { db as defaultDb } from "../../db";
import { emit, emitColumns } from "../../events";
import { recordEvent } from "../../incidents/record-event";
import { STALE_LOCK_MS } from "../claim";
import { enqueue } from "../enqueue";
import { messageOf } from "../message-of";
import { RetryLater } from "../retry-later";
import { logger } from "../../log";
import { persist } from "../persist";
import type { HandlerOptions } from "./index";
import { HANDLER_TX } from "./tx-options";

/**
 * Sends one delivery. The row is claimed first (status and lock in one UPDATE), so a delivery is
 * handed to SMTP or the webhook once even if two jobs for it run together. The send lock lasts
 * one lease and the worker's heartbeat renews it with the job's, so a dead worker's send is
 * taken over when its job is. A lock found run out means that send never recorded its outcome:
 * the receiver may already hold a copy, so it is counted in `possibleDuplicates` and logged.
 */
export async function handleDeliver(
  ctx: Ctx,
  { deliveryId }: JobPayload<"deliver">,
  options?: HandlerOptions,
): Promise<void> {
  const db = options?.db ?? defaultDb;
  const log = options?.log ?? logger;
  const lockUntil = new Date(ctx.now.getTime() + (options?.staleLockMs ?? STALE_LOCK_MS));
  // The SMTP server's breaker comes back with the row: for the bulk of deliveries, one round trip fewer.
  const [delivery] = await db.$queryRaw<(Row & { interrupted: boolean; smtpBreaker: BreakerRow | null })[]>`
    UPDATE "Delivery" d SET "lockedUntil" = ${lockUntil},
      "possibleDuplicates" = d."possibleDuplicates" + CASE WHEN d."lockedUntil" IS NULL THEN 0 ELSE 1 END
    FROM (SELECT id, "lockedUntil" IS NOT NULL AS interrupted FROM "Delivery" WHERE id = ${deliveryId}) prev
    WHERE d.id = prev.id AND d.status IN ('PENDING', 'FAILED') AND (d."lockedUntil" IS NULL OR d."lockedUntil" < ${ctx.now})
    RETURNING d.id, d."incidentId", d.channel::text AS channel, d.recipient, d.target, d.subject, d.body, d."idempotencyKey", d.attempts, d."firstAttemptAt", d."webhookMemberId", d."pushSubscriptionId", d."pageId", d."subscriberId", d.html, prev.interrupted,
      CASE WHEN d.channel = 'EMAIL' THEN COALESCE((SELECT json_build_object('state', b.state, 'failures', b.failures) FROM "DeliveryBreaker" b WHERE b.target = ${SMTP_TARGET}),
        json_build_object('state', 'CLOSED', 'failures', 0)) END AS "smtpBreaker"`;
  if (delivery?.interrupted) {
    log.warn(
      { incidentId: delivery.incidentId, deliveryId, channel: delivery.channel },
      "taking over a send whose outcome was never recorded; the receiver may get a second copy with the same Message-ID / Idempotency-Key",
    );
  }
  if (!delivery) {
    const row = await db.delivery.findUnique({
      where: { id: deliveryId },
      select: { status: true, lockedUntil: true },
    });
    if (row && (row.status === "PENDING" || row.status === "FAILED") && row.lockedUntil) {
      throw new RetryLater(
        `Delivery ${deliveryId} is being sent by another worker`,
        new Date(row.lockedUntil.getTime() + 10),
      );
    }
    return;
  }
  const target = delivery.target;
  // Past the dead-letter horizon a delivery is tried (and given up) whatever its target's breaker says.
  const expired = delivery.firstAttemptAt && ctx.now.getTime() - delivery.firstAttemptAt.getTime() > GIVE_UP_AFTER_MS;
  let clean = false;
  if (target && !expired) {
    // The row is ours now; a breaker that cannot be read must not strand it (held but unsent), so it sends.
    const closed = delivery.smtpBreaker?.state === "CLOSED";
    const admission = await (
      closed
        ? Promise.resolve({ kind: "send" as const, clean: delivery.smtpBreaker?.failures === 0 })
        : admitDelivery(db, target, ctx.now)
    ).catch((error: unknown) => {
      log.warn({ target, err: messageOf(error) }, "could not read the target's breaker; sending");
      return { kind: "send" as const };
    });
    clean = "clean" in admission && admission.clean === true;
    if (admission.kind === "wait") {
      // Waiting is no attempt: the row is let go and the job comes back when the breaker closes.
      await db.$executeRaw`UPDATE "Delivery" SET "lockedUntil" = NULL WHERE id = ${deliveryId} AND status IN ('PENDING', 'FAILED')`;
      throw new RetryLater(`${target} is down; waiting for its circuit breaker`, admission.until);
    }
  }
  const breaker = (ok: boolean) =>
    target
      ? recordBreakerOutcome(db, target, ok, ctx.now, log).catch((error: unknown) => {
          log.warn({ target, err: messageOf(error) }, "could not record the outcome on the target's breaker");
          return null;
        })
      : Promise.resolve(null);
  try {
    await send(db, delivery, ctx.now);
  } catch (error) {
    log.warn(
      {
        incidentId: delivery.incidentId,
        deliveryId,
        channel: delivery.channel,
        attempt: delivery.attempts + 1,
        err: messageOf(error),
      },
      "delivery failed",
    );
    // An ended push is no sign its service is down: one that answered "gone" is up; with no send, nothing is known.
    const ended = error instanceof DeliveryEnded;
    const outcome = ended ? (error.answered ? breaker(true) : Promise.resolve(null)) : breaker(false);
    await recordFailure(db, ctx, delivery, error, await outcome);
    return;
  }
  // Past this point the message is out: a database error must not turn it into a "failure" that resends.
  await persist(`sent delivery ${deliveryId}`, () => markSent(db, delivery, ctx.now), log);
  if (!clean) await breaker(true);
}

type BreakerRow = { state: string; failures: number };

type Row = {
  id: string;
  incidentId: string | null;
  channel: "EMAIL" | "WEBHOOK" | "IN_APP" | "PUSH";
  recipient: string;
  target: string | null;
  subject: string;
  body: string;
  idempotencyKey: string;
  attempts: number;
  firstAttemptAt: Date | null;
  webhookMemberId: string | null;
  pushSubscriptionId: string | null;
  pageId: string | null;
  subscriberId: string | null;
  html: string | null;
};

async function send(db: Db, d: Row, now: Date): Promise<void> {
  if (d.channel === "IN_APP") return;
  if (d.channel === "PUSH") return sendPushDelivery(db, d, now);
  if (d.channel === "EMAIL")
    return sendEmail({
      to: d.recipient,
      subject: d.subject,
      text: d.body,
      idempotencyKey: d.idempotencyKey,
      html: d.html,
      unsubscribeUrl: d.subscriberId ? unsubscribeUrl(d.subscriberId) : null,
    });
  const member = d.webhookMemberId
    ? await db.stakeholderMember.findUnique({
        where: { id: d.webhookMemberId },
        select: { webhookSecret: true, webhookTimeoutMs: true },
      })
    : null;
  const incident = d.incidentId
    ? await db.incident.findUnique({
        where: { id: d.incidentId },
        select: { number: true, title: true, severity: true, status: true },
      })
    : null;
  // Typed by the schema the OpenAPI document publishes under `webhooks`.
  const payload: WebhookNotification = { id: d.id, subject: d.subject, body: d.body, incident };
  await postWebhook(
    { url: d.recipient, secret: member?.webhookSecret ?? null, timeoutMs: member?.webhookTimeoutMs },
    payload,
    webhookIdempotencyKey(d.id),
    now,
  );
}

/**
 * Idempotent, so a retry after a lost reply (written, but the answer never came) counts the attempt
 * once. The incident's watchers hear of it in the same statement.
 */
async function markSent(db: Db, d: Row, now: Date): Promise<void> {
  await db.$queryRaw`
    WITH sent AS (
      UPDATE "Delivery" SET status = 'SENT', "sentAt" = ${new Date()}, attempts = attempts + 1, "firstAttemptAt" = COALESCE("firstAttemptAt", ${now}),
        "nextAttemptAt" = NULL, "lockedUntil" = NULL, "lastError" = NULL
      WHERE id = ${d.id} AND status IN ('PENDING', 'FAILED')
      RETURNING id
    ), changed AS (
      SELECT ${emitColumns({ type: "incident.changed", id: d.incidentId ?? "" })} FROM sent WHERE ${d.incidentId !== null}
    )
    SELECT (SELECT count(*) FROM sent)::int AS sent, (SELECT count(*) FROM changed)::int AS changed`;
}

/**
 * Pages retry on a short cap; while the target's breaker is open, no later than its next probe.
 * A send that cannot succeed later (DeliveryEnded: the browser's subscription is gone) ends now.
 */
async function recordFailure(db: Db, ctx: Ctx, d: Row, error: unknown, breaker: Breaker | null): Promise<void> {
  const message = messageOf(error).slice(0, 500) || "unknown error";
  const attempts = d.attempts + 1;
  const first = d.firstAttemptAt ?? ctx.now;
  const ended = error instanceof DeliveryEnded;
  const backoff = ended ? null : nextAttemptAt(attempts, first, ctx.now, d.pageId !== null);
  const probeAt = breaker?.state === "OPEN" ? breaker.retryAt : null;
  const next = backoff && probeAt && probeAt < backoff ? probeAt : backoff;
  await db.$transaction(async (tx) => {
    await tx.delivery.update({
      where: { id: d.id },
      data: {
        status: next ? "FAILED" : "DEAD",
        attempts,
        lastError: message,
        firstAttemptAt: first,
        nextAttemptAt: next,
        lockedUntil: null,
      },
    });
    if (next) await enqueue(tx, [deliverJob(d.id, deliveryClass(d), next, attempts)]);
    if (d.incidentId && (attempts === 1 || !next)) {
      await recordEvent(
        tx,
        ctx,
        d.incidentId,
        "NOTIFICATION_FAILED",
        `${next ? "Delivery failed, will retry" : ended ? "Delivery ended" : "Delivery given up after 24 h"}: ${d.channel} to ${d.recipient} — ${message}`,
        { deliveryId: d.id, dead: !next },
      );
    }
    if (d.incidentId) await emit(tx, { type: "incident.changed", id: d.incidentId });
  }, HANDLER_TX);
}
