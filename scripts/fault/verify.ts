// What "none lost, none twice" means, checked against the database and the SMTP server's own
// record of what it accepted.
import type { Db } from "../../lib/db/create-client";
import { JOB_KINDS, recurringKinds } from "../../lib/domain/jobs";
import type { ReceivedMail } from "./smtp-receiver";
import { unexplainedKeys } from "./unexplained";

export type ExactlyOnce = {
  jobs: Record<string, number>;
  unfinished: number;
  nextLevelsScheduled: number;
  pagesExpected: number;
  pagesMissing: number;
  duplicatePages: number;
  duplicateDeliveries: number;
  deliveriesNotSent: number;
  emailsExpected: number;
  emailsMissing: number;
  emailsDuplicated: number;
  emailsUnknown: number;
};

/**
 * Checks the incidents' deadlines: every job done but the policy's next levels (`laterThan` away),
 * one page per deadline, one next level each, one delivery per recipient, each e-mail accepted once.
 */
export async function checkExactlyOnce(
  db: Db,
  incidentIds: string[],
  position: number,
  mails: ReceivedMail[],
  laterThan: Date,
): Promise<ExactlyOnce> {
  // Sweeps and evaluation rounds are the queue's own housekeeping, not deadlines checked here.
  const housekeeping = { notIn: recurringKinds() };
  const byStatus = await db.job.groupBy({ by: ["status"], where: { kind: housekeeping }, _count: { _all: true } });
  const jobs = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all]));
  const later = await db.job.findMany({
    where: { status: "PENDING", runAt: { gt: laterThan }, kind: housekeeping },
    select: { kind: true, payload: true },
  });
  const nextLevels = later.filter(
    (j) => j.kind === "escalate" && JOB_KINDS.escalate.payload.safeParse(j.payload).data?.position === position + 1,
  );
  const pages = await db.page.findMany({
    where: { incidentId: { in: incidentIds } },
    select: { incidentId: true, round: true, level: { select: { position: true } } },
  });
  const pageCounts = countBy(
    pages.filter((p) => p.level.position === position),
    (p) => `${p.incidentId}:${p.round}`,
  );
  const deliveries = await db.delivery.findMany({
    where: { incidentId: { in: incidentIds } },
    select: { pageId: true, channel: true, recipient: true, status: true, idempotencyKey: true },
  });
  const deliveryCounts = countBy(deliveries, (d) => `${d.pageId}:${d.channel}:${d.recipient.toLowerCase()}`);
  const emailKeys = new Set(deliveries.filter((d) => d.channel === "EMAIL").map((d) => d.idempotencyKey));
  const received = countBy(mails, (m) => m.key);
  const unexplained = await unexplainedKeys(
    db,
    [...received.keys()].filter((k) => !emailKeys.has(k)),
  );
  return {
    jobs,
    unfinished: (jobs.PENDING ?? 0) - later.length + (jobs.RUNNING ?? 0) + (jobs.FAILED ?? 0),
    nextLevelsScheduled: nextLevels.length,
    pagesExpected: incidentIds.length,
    pagesMissing: incidentIds.length - pageCounts.size,
    duplicatePages: [...pageCounts.values()].filter((n) => n > 1).length,
    duplicateDeliveries: [...deliveryCounts.values()].filter((n) => n > 1).length,
    deliveriesNotSent: deliveries.filter((d) => d.status !== "SENT").length,
    emailsExpected: emailKeys.size,
    emailsMissing: [...emailKeys].filter((k) => !received.has(k)).length,
    emailsDuplicated: [...received.values()].filter((n) => n > 1).length,
    emailsUnknown: unexplained.length,
  };
}

/**
 * The problems in a check, as sentences; empty when every deadline acted exactly once. With
 * `receiver: false`, what the SMTP server took in is left to `effectsAtReceivers`, which also
 * knows the duplicate window.
 */
export function problems(check: ExactlyOnce, { receiver = true } = {}): string[] {
  const out: string[] = [];
  if (check.unfinished) out.push(`${check.unfinished} job(s) not DONE: ${JSON.stringify(check.jobs)}`);
  if (check.nextLevelsScheduled !== check.pagesExpected)
    out.push(`${check.nextLevelsScheduled} next-level deadlines scheduled for ${check.pagesExpected} pages`);
  if (check.pagesMissing) out.push(`${check.pagesMissing} deadline(s) never paged`);
  if (check.duplicatePages) out.push(`${check.duplicatePages} deadline(s) paged twice`);
  if (check.duplicateDeliveries) out.push(`${check.duplicateDeliveries} recipient(s) with two deliveries of one page`);
  if (check.deliveriesNotSent) out.push(`${check.deliveriesNotSent} deliveries not SENT`);
  if (check.emailsExpected === 0) out.push("no e-mail was expected: the scenario tested nothing");
  if (!receiver) return out;
  if (check.emailsMissing) out.push(`${check.emailsMissing} e-mail(s) never reached the SMTP server`);
  if (check.emailsDuplicated) out.push(`${check.emailsDuplicated} e-mail(s) accepted more than once`);
  if (check.emailsUnknown) out.push(`${check.emailsUnknown} e-mail(s) that no delivery row explains`);
  return out;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
