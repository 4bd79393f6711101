// Declare → first message handed to SMTP: SEV1 incidents declared through the real service, one
// every `intervalMs`, while the workers run; the time until the SMTP server accepted the first
// e-mail of each (the primary's page or an immediate notification, whichever came first).
import type { Db } from "../../lib/db/create-client";
import { incidentJobKeyPrefixes } from "../../lib/domain/jobs";
import { sleep, waitFor } from "../fault/harness";
import type { SmtpReceiver } from "../fault/smtp-receiver";

type Declared = { id: string; at: number };

/** When the SMTP server accepted each incident's first e-mail, matched by the delivery's idempotency key. */
export async function firstMailAt(db: Db, smtp: SmtpReceiver, incidentIds: string[]): Promise<Map<string, number>> {
  const emails = await db.delivery.findMany({
    where: { incidentId: { in: incidentIds }, channel: "EMAIL" },
    select: { incidentId: true, idempotencyKey: true },
  });
  const incidentOf = new Map(emails.map((e) => [e.idempotencyKey, e.incidentId]));
  const first = new Map<string, number>();
  for (const mail of smtp.mails) {
    const incident = incidentOf.get(mail.key);
    if (incident && mail.at < (first.get(incident) ?? Infinity)) first.set(incident, mail.at);
  }
  return first;
}

/** Declares `warmUp` incidents first and waits for their mail (not counted), so that no one-off start-up cost lands on the figures. */
export async function measureDeclareToSmtp(
  url: string,
  smtp: SmtpReceiver,
  count: number,
  intervalMs: number,
  warmUp = 5,
): Promise<number[]> {
  // The services read DATABASE_URL once, on first import.
  process.env.DATABASE_URL = url;
  const { db } = await import("../../lib/server/db");
  const { declareIncident } = await import("../../lib/server/incidents/declare");
  const { userCtx } = await import("../../lib/server/context");
  const commander = await db.user.findUniqueOrThrow({ where: { email: "commander@bridge.local" } });
  const component = await db.component.findUniqueOrThrow({ where: { slug: "critical-service" } });

  // One commander after another, as people declare: each declaration is awaited, then the pace kept.
  async function declareMany(n: number, label: string): Promise<Declared[]> {
    const declared: Declared[] = [];
    for (let i = 0; i < n; i++) {
      const at = Date.now();
      const input = { title: `${label} ${i + 1}`, severity: "SEV1", componentIds: [component.id], impact: "Benchmark" };
      const incident = await declareIncident(userCtx(commander, new Date(at)), input);
      declared.push({ id: incident.id, at });
      await sleep(Math.max(0, at + intervalMs - Date.now()));
    }
    return declared;
  }

  const firstMails = (declared: Declared[]) =>
    firstMailAt(
      db,
      smtp,
      declared.map((d) => d.id),
    );

  async function declareAndWait(n: number, label: string): Promise<number[]> {
    const declared = await declareMany(n, label);
    await waitFor(
      `a first e-mail for every ${label.toLowerCase()}`,
      async () => (await firstMails(declared)).size === declared.length,
      120_000,
    );
    const first = await firstMails(declared);
    const latencies = declared.map((d) => first.get(d.id)! - d.at);
    const slowest = declared[latencies.indexOf(Math.max(...latencies))];
    if (Math.max(...latencies) > 2000)
      console.log(`bench: slowest declaration, ms after declaring: ${await timeline(slowest)}`);
    return latencies;
  }

  /** Where the time went for one declaration: each of its jobs' due, fired and completed times. */
  async function timeline(d: Declared): Promise<string> {
    const [obligations, deliveries] = await Promise.all([
      db.notificationObligation.findMany({ where: { incidentId: d.id }, select: { id: true } }),
      db.delivery.findMany({ where: { incidentId: d.id }, select: { id: true } }),
    ]);
    const prefixes = incidentJobKeyPrefixes(
      d.id,
      obligations.map((o) => o.id),
      deliveries.map((x) => x.id),
    );
    const jobs = await db.job.findMany({
      where: { OR: prefixes.map((p) => ({ key: { startsWith: p } })) },
      orderBy: { runAt: "asc" },
    });
    const ms = (t: Date | null) => (t ? String(t.getTime() - d.at) : "-");
    return jobs
      .filter((j) => j.runAt.getTime() - d.at < 60_000)
      .map(
        (j) =>
          `${j.kind} due ${ms(j.plannedAt)} fired ${ms(j.firedAt)} done ${ms(j.completedAt)} by ${j.lockedBy} attempts ${j.attempts}${j.lastError ? ` (${j.lastError})` : ""}`,
      )
      .join("; ");
  }

  try {
    if (warmUp > 0) await declareAndWait(warmUp, "Warm-up declaration");
    return await declareAndWait(count, "Bench declaration");
  } finally {
    await db.$disconnect();
  }
}
