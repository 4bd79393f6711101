// What reached the receivers, counted at the receivers: every e-mail and webhook delivery of a
// scenario's incidents against the SMTP server's and the webhook endpoint's own records. Bridge's
// records must hold each message once; a receiver may hold a second copy only inside the
// documented window (a send whose outcome was never recorded), and Bridge must have counted it.
import type { Stage } from "./harness";
import { unexplainedKeys } from "./unexplained";
import type { WebhookRequest } from "./webhook-receiver";

export type Effects = {
  expected: number;
  delivered: number;
  lost: number;
  /** Messages or pages Bridge's records hold more than once. */
  duplicated: number;
  /** Extra copies the receivers took in. */
  receiverDuplicates: number;
  /** Whether every extra copy's first copy came in inside the window; null when none is allowed. */
  insideWindow: boolean | null;
  /** Latest first arrival after its incident's due time, over the incidents with one. */
  maxLatenessMs: number;
  problems: string[];
};

export type EffectsQuery = {
  incidentIds: string[];
  /** When each incident's messages were due (its deadline, or its declaration), ms since epoch. */
  dueAt?: Map<string, number>;
  webhooks?: WebhookRequest[];
  /** [from, to] in ms since epoch: a second copy is allowed only if its first came in then. Null: none allowed. */
  window: [number, number] | null;
};

type Receipt = { key: string; at: number };

export async function effectsAtReceivers(stage: Stage, query: EffectsQuery): Promise<Effects> {
  const deliveries = await stage.db.delivery.findMany({
    where: { incidentId: { in: query.incidentIds }, channel: { in: ["EMAIL", "WEBHOOK"] } },
    select: {
      id: true,
      incidentId: true,
      pageId: true,
      obligationId: true,
      channel: true,
      recipient: true,
      status: true,
      idempotencyKey: true,
      possibleDuplicates: true,
    },
  });
  const pages = await stage.db.page.findMany({
    where: { incidentId: { in: query.incidentIds } },
    select: { incidentId: true, round: true, levelId: true },
  });
  // An e-mail carries its delivery's key in X-Bridge-Idempotency-Key; a webhook its own Idempotency-Key.
  const keyOf = (d: (typeof deliveries)[number]) =>
    d.channel === "EMAIL" ? d.idempotencyKey : `bridge-delivery-${d.id}`;
  const receipts: Receipt[] = [
    ...stage.mails.map((m) => ({ key: m.key, at: m.at })),
    ...(query.webhooks ?? []).map((r) => ({ key: String(r.headers["idempotency-key"] ?? ""), at: r.at })),
  ];
  const arrivals = new Map<string, number[]>();
  for (const r of receipts) arrivals.set(r.key, [...(arrivals.get(r.key) ?? []), r.at]);

  const problems: string[] = [];
  const known = new Set(deliveries.map(keyOf));
  const unknown = await unexplainedKeys(
    stage.db,
    [...arrivals.keys()].filter((k) => !known.has(k)),
  );
  if (unknown.length) problems.push(`${unknown.length} message(s) received that no delivery row explains`);
  const notSent = deliveries.filter((d) => d.status !== "SENT").length;
  if (notSent) problems.push(`${notSent} deliveries not SENT`);
  if (deliveries.length === 0) problems.push("no e-mail or webhook was expected: the scenario tested nothing");

  const sameMessage = countBy(
    deliveries,
    (d) => `${d.pageId ?? d.obligationId ?? d.id}:${d.channel}:${d.recipient.toLowerCase()}`,
  );
  const samePage = countBy(pages, (p) => `${p.incidentId}:${p.round}:${p.levelId}`);
  const duplicated = extra(sameMessage) + extra(samePage);
  if (duplicated) problems.push(`${duplicated} message(s) or page(s) twice in Bridge's records`);

  let delivered = 0;
  let receiverDuplicates = 0;
  let insideWindow = true;
  let maxLatenessMs = 0;
  for (const d of deliveries) {
    const at = (arrivals.get(keyOf(d)) ?? []).sort((a, b) => a - b);
    if (at.length === 0) continue;
    delivered++;
    const due = d.incidentId ? query.dueAt?.get(d.incidentId) : undefined;
    if (due !== undefined) maxLatenessMs = Math.max(maxLatenessMs, at[0] - due);
    if (at.length === 1) continue;
    receiverDuplicates += at.length - 1;
    if (d.possibleDuplicates < at.length - 1)
      problems.push(
        `${keyOf(d)} received ${at.length} times but counted as ${d.possibleDuplicates} possible duplicate(s)`,
      );
    const window = query.window;
    if (!window || at[0] < window[0] || at[0] > window[1]) {
      insideWindow = false;
      problems.push(
        window
          ? `${keyOf(d)} received ${at.length} times, the first ${at[0] - window[0]} ms into a window of ${window[1] - window[0]} ms`
          : `${keyOf(d)} received ${at.length} times where no second copy is allowed`,
      );
    }
  }
  const lost = deliveries.length - delivered;
  if (lost) problems.push(`${lost} message(s) never reached their receiver`);
  return {
    expected: deliveries.length,
    delivered,
    lost,
    duplicated,
    receiverDuplicates,
    insideWindow: receiverDuplicates === 0 ? (query.window ? true : null) : insideWindow,
    maxLatenessMs,
    problems,
  };
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function extra(counts: Map<string, number>): number {
  return [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
}
