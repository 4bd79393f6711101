// Pages first: a webhook origin that answers after seconds, with a queue of deliveries to it due
// before the pages, must not delay the page e-mails (real worker, real SMTP and HTTP receivers).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "@/scripts/test/fixtures";
import { startSmtpReceiver, type SmtpReceiver } from "@/scripts/fault/smtp-receiver";
import { configureSmtp } from "../channels/email";
import { userCtx } from "../context";
import { db } from "../db";
import { env } from "../env";
import { declareIncident } from "../incidents/declare";
import { createDeliveries } from "../notify/create-deliveries";
import { runWorkerUntil } from "./test-worker";

// The origin holds every request until the pages have arrived (then answers at once), or for this
// long at most: within its own per-member timeout, so nothing fails and nothing is retried.
const HOLD_AT_MOST_MS = 30_000;
const QUEUED_WEBHOOKS = 48;
const INCIDENTS = 2;
// Generous for a loaded shared machine, yet half the hold: a page queued behind the webhooks is later.
const PAGE_LATENESS_BOUND_MS = 15_000;

type SlowHook = {
  url: string;
  received: number;
  maxInFlight: number;
  inFlight: () => number;
  release: () => void;
  stop: () => Promise<void>;
};

/** An HTTP receiver that answers 200 only on `release` or after `holdMs`, counting how many requests it holds at once. */
async function startSlowHook(holdMs: number): Promise<SlowHook> {
  let inFlight = 0;
  let released = false;
  const held = new Set<() => void>();
  const hook = { received: 0, maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    inFlight += 1;
    hook.received += 1;
    hook.maxInFlight = Math.max(hook.maxInFlight, inFlight);
    req.resume();
    const answer = () => {
      held.delete(answer);
      clearTimeout(timer);
      if (!res.headersSent) res.writeHead(200).end("{}");
    };
    const timer = setTimeout(answer, holdMs);
    held.add(answer);
    if (released) answer();
    res.on("close", () => {
      answer();
      inFlight -= 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(hook, {
    url: `http://127.0.0.1:${port}/slow`,
    inFlight: () => inFlight,
    release: () => {
      released = true;
      for (const answer of [...held]) answer();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

let smtp: SmtpReceiver;
let hook: SlowHook;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  configureSmtp({ host: "127.0.0.1", port: smtp.port, secure: false });
  hook = await startSlowHook(HOLD_AT_MOST_MS);
});

afterAll(async () => {
  configureSmtp(null);
  await Promise.all([smtp?.stop(), hook?.stop()]);
});

describe("the deliveries lane under a slow webhook origin", () => {
  it(
    "sends page e-mails on time while the webhooks queued before them wait their turn",
    { timeout: 120_000 },
    async () => {
      const commander = await createTestUser("COMMANDER");
      const component = await db.component.findUniqueOrThrow({ where: { slug: "critical-service" } });
      const feed = await db.incident.findFirstOrThrow({ select: { id: true } });
      // A backlog of webhooks to the slow origin, due before the pages: it holds the slots it gets.
      const group = await db.stakeholderGroup.create({ data: { key: `feeds-${randomUUID()}`, name: "Feeds" } });
      const member = await db.stakeholderMember.create({
        data: {
          groupId: group.id,
          kind: "WEBHOOK",
          webhookUrl: hook.url,
          label: "slow feed",
          webhookTimeoutMs: HOLD_AT_MOST_MS + 15_000,
        },
      });
      await db.$transaction((tx) =>
        createDeliveries(
          tx,
          { incidentId: feed.id, keyPrefix: `slow-hook:${randomUUID()}` },
          Array.from({ length: QUEUED_WEBHOOKS }, (_, i) => ({
            channel: "WEBHOOK" as const,
            recipient: `${hook.url}/${i}`,
            webhookMemberId: member.id,
          })),
          { subject: "Feed", body: "For another system" },
          new Date(Date.now() - 1_000),
        ),
      );

      // Once the slow origin holds its share of the slots, SEV1s are declared; then their page e-mails are awaited.
      const incidents: { id: string }[] = [];
      const pageEmails = () =>
        db.delivery.findMany({
          where: { incidentId: { in: incidents.map((i) => i.id) }, channel: "EMAIL", pageId: { not: null } },
          include: { page: true },
        });
      await runWorkerUntil(
        async () => {
          if (incidents.length === 0) {
            if (hook.inFlight() < env.BRIDGE_TARGET_CONCURRENCY) return false;
            for (let i = 0; i < INCIDENTS; i++)
              incidents.push(
                await declareIncident(userCtx(commander, new Date()), {
                  title: `Pages first ${randomUUID().slice(0, 8)}`,
                  severity: "SEV1",
                  componentIds: [component.id],
                  impact: "Checkout is down",
                }),
              );
          }
          const emails = await pageEmails();
          const paged = emails.length === INCIDENTS * 2 && emails.every((e) => e.status === "SENT");
          // The worker stops only once its webhooks are answered: the slow origin lets them go now.
          if (paged) hook.release();
          return paged;
        },
        { timeoutMs: HOLD_AT_MOST_MS + 20_000 },
      );

      const emails = await pageEmails();
      const arrived = new Map(smtp.mails.map((m) => [m.key, m.at]));
      const lateness = emails.map((e) => arrived.get(e.idempotencyKey)! - e.page!.pagedAt.getTime());
      console.log(
        `pages first: page e-mails ${emails.length}, lateness ms ${lateness.join(" ")}; slow webhooks received ${hook.received}, at most ${hook.maxInFlight} at once`,
      );
      expect(lateness.every((ms) => Number.isFinite(ms))).toBe(true);
      expect(Math.max(...lateness)).toBeLessThan(PAGE_LATENESS_BOUND_MS);
      // The slow origin held its share of the slots meanwhile, and never more.
      expect(hook.maxInFlight).toBeLessThanOrEqual(env.BRIDGE_TARGET_CONCURRENCY);
    },
  );
});
