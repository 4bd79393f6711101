import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { enqueue } from "../jobs/enqueue";
import { firstSendJob } from "../notify/create-deliveries";

/**
 * One e-mail to a subscriber through the delivery pipeline (retries, dead letter), sent by the
 * worker after the caller's transaction commits. The key makes a repeated call one message.
 */
export async function queueSubscriberMail(
  tx: Tx,
  mail: { to: string; subject: string; text: string; key: string },
  now: Date,
): Promise<void> {
  const delivery = await tx.delivery.upsert({
    where: { idempotencyKey: mail.key },
    create: {
      channel: "EMAIL",
      recipient: mail.to,
      subject: mail.subject,
      body: mail.text,
      idempotencyKey: mail.key,
      nextAttemptAt: now,
    },
    update: {},
    select: { id: true },
  });
  // A confirmation or a manage link is awaited by the person who asked for it: not bulk mail.
  await enqueue(tx, [firstSendJob(delivery.id, "notification", now)]);
}
