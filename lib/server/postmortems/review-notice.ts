import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { appUrl } from "../app-url";
import { createDeliveries } from "../notify/create-deliveries";
import { recipientsOfUser } from "../notify/recipients";

export type NoticeTarget = { postmortemId: string; incidentId: string; incidentNumber: number; incidentTitle: string };

/**
 * Tells one person about a step of a postmortem's review, in the app and by e-mail, through the
 * delivery pipeline. `keyPrefix` names the step: the same step notified twice (a retried request)
 * finds its rows already there and sends nothing more.
 */
export async function notifyAboutReview(
  tx: Tx,
  target: NoticeTarget,
  person: { id: string; email: string },
  keyPrefix: string,
  what: { subject: string; lines: string[] },
  now: Date,
): Promise<number> {
  const link = appUrl(`/postmortems/${target.postmortemId}`);
  const subject = `${what.subject}: postmortem of incident #${target.incidentNumber} ${target.incidentTitle}`;
  const body = [...what.lines, "", `Open the postmortem: ${link}`].join("\n");
  return createDeliveries(
    tx,
    { incidentId: target.incidentId, keyPrefix },
    recipientsOfUser(person),
    { subject, body },
    now,
  );
}
