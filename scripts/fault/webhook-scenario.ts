// A slow webhook beside due pages: stakeholder webhooks whose endpoint takes seconds to answer
// are due at the same moment as escalation deadlines, and the pages' e-mails must not wait for
// them. Page lateness is counted at the SMTP server from each deadline's due time.
import { createDeliveries } from "../../lib/server/notify/create-deliveries";
import { createDueEscalations } from "./deadlines";
import { effectsAtReceivers } from "./effects";
import { onStage, settled, waitFor, workerStarted, type Stage } from "./harness";
import { deadlineProblems } from "./lease-scenarios";
import { outcomeOf, seconds, type Outcome, type Scenario } from "./scenario";
import { startWebhookReceiver } from "./webhook-receiver";

/** Slow, yet inside the default 5 s WEBHOOK_TIMEOUT_MS with room for a loaded machine: no retry is expected. */
const WEBHOOK_ANSWER_MS = 3000;
/**
 * How late a page's e-mail may reach the SMTP server after its deadline while webhooks queue.
 * Generous on purpose: it is the goal "a slow target never delays anyone else's page" with room
 * for a 2-core machine under load, not the engine's best figure.
 */
export const PAGE_LATENESS_BOUND_MS = 3000;

export const SLOW_WEBHOOK: Scenario = {
  name: "slow webhook beside due pages",
  short: false,
  run: ({ short, database }) =>
    onStage(database, async (stage): Promise<Outcome> => {
      const hook = await startWebhookReceiver(() => 200, WEBHOOK_ANSWER_MS);
      try {
        const webhooks = short ? 32 : 64;
        const pages = short ? 20 : 40;
        const group = await stage.db.stakeholderGroup.create({
          data: {
            key: "fault-partners",
            name: "Partner systems",
            members: { create: { kind: "WEBHOOK", webhookUrl: hook.url, label: "Slow partner" } },
          },
          include: { members: true },
        });
        const member = group.members[0];
        await stage.smtpUp();
        await workerStarted(stage.startWorker("w1"));
        // The webhooks fall due first, so that they hold every slot they can when the pages fall due.
        const notices = await createDueEscalations(stage.db, webhooks, new Date(), 0, "partner notice");
        const start = Date.now();
        await stage.db.job.deleteMany({ where: { key: { in: notices.keys } } });
        await stage.db.$transaction(async (tx) => {
          for (const incidentId of notices.incidentIds)
            await createDeliveries(
              tx,
              { incidentId, keyPrefix: `fault-notice:${incidentId}` },
              [{ channel: "WEBHOOK", recipient: member.webhookUrl!, webhookMemberId: member.id }],
              { subject: "Incident declared", body: "A partner notice" },
              new Date(start),
            );
        });
        const due = await createDueEscalations(stage.db, pages, new Date(Date.now() + 1000), 1000);
        const took = await waitFor("every page and webhook out", () => settled(stage.db), 120_000);
        const dueAt = new Map(due.incidentIds.map((id, i) => [id, due.dues[i].getTime()]));
        const effects = await effectsAtReceivers(stage, {
          incidentIds: [...due.incidentIds, ...notices.incidentIds],
          dueAt,
          webhooks: hook.requests,
          window: null,
        });
        const lateness = pageLateness(stage.mails, dueAt, await keysByIncident(stage, due.incidentIds));
        const lastHook = Math.max(...hook.requests.map((r) => r.at)) + WEBHOOK_ANSWER_MS - start;
        const extra: string[] = [];
        if (effects.maxLatenessMs > PAGE_LATENESS_BOUND_MS)
          extra.push(
            `a page's e-mail reached SMTP ${seconds(effects.maxLatenessMs)} after its deadline (bound ${seconds(PAGE_LATENESS_BOUND_MS)})`,
          );
        const notes = [
          `${webhooks} webhooks answering after ${seconds(WEBHOOK_ANSWER_MS)}, ${pages} page deadlines due over 1 s beside them`,
          `page e-mail lateness p50 ${seconds(lateness.p50)}, max ${seconds(lateness.max)} (bound ${seconds(PAGE_LATENESS_BOUND_MS)}); last webhook answered ${seconds(lastHook)} after they fell due; all done in ${seconds(took)}`,
        ];
        return outcomeOf(
          effects,
          `webhooks done ${seconds(lastHook)} after due`,
          [...extra, ...(await deadlineProblems(stage, due.incidentIds))],
          notes,
        );
      } finally {
        await hook.stop();
      }
    }),
};

async function keysByIncident(stage: Stage, incidentIds: string[]): Promise<Map<string, string>> {
  const rows = await stage.db.delivery.findMany({
    where: { incidentId: { in: incidentIds }, channel: "EMAIL" },
    select: { idempotencyKey: true, incidentId: true },
  });
  return new Map(rows.map((r) => [r.idempotencyKey, r.incidentId!]));
}

/** Each page e-mail's first arrival after its deadline, ms: median and worst. */
function pageLateness(
  mails: { key: string; at: number }[],
  dueAt: Map<string, number>,
  incidentOf: Map<string, string>,
): { p50: number; max: number } {
  const first = new Map<string, number>();
  for (const m of mails) if (incidentOf.has(m.key)) first.set(m.key, Math.min(first.get(m.key) ?? Infinity, m.at));
  const late = [...first].map(([key, at]) => at - dueAt.get(incidentOf.get(key)!)!).sort((a, b) => a - b);
  return { p50: late[Math.floor(late.length / 2)] ?? 0, max: late[late.length - 1] ?? 0 };
}
