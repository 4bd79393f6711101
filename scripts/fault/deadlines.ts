// Realistic due deadlines in bulk: open incidents on the default escalation policy whose primary
// was paged 15 min before and never acknowledged, each with its "page the secondary" deadline
// falling due inside a short window. Each deadline, when it fires, pages a real level with real
// deliveries (two e-mails and one in-app message), exactly as a declared incident's would.
import { escalateJob } from "../../lib/domain/jobs";
import { snapshotOf } from "../../lib/domain/escalation-snapshot";
import type { Db } from "../../lib/db/create-client";

const MIN = 60_000;

/** `dues[i]` is when `incidentIds[i]`'s deadline falls due. */
export type DueDeadlines = { incidentIds: string[]; keys: string[]; dues: Date[]; first: Date; last: Date };

/** Creates `count` incidents whose secondary-level deadlines are spread evenly over [from, from + spreadMs]. */
export async function createDueEscalations(
  db: Db,
  count: number,
  from: Date,
  spreadMs: number,
  label = "fault",
): Promise<DueDeadlines> {
  const policy = await db.escalationPolicy.findFirstOrThrow({
    where: { isDefault: true },
    include: { levels: { orderBy: { position: "asc" }, include: { targets: true } } },
  });
  const escalationSnapshot = snapshotOf(policy);
  const [primary, secondary] = policy.levels;
  if (!secondary) throw new Error("the default escalation policy needs two levels");
  const commander = await db.user.findUnique({ where: { email: "commander@bridge.local" } });
  const dues = Array.from(
    { length: count },
    (_, i) => new Date(from.getTime() + (count === 1 ? 0 : Math.round((i * spreadMs) / (count - 1)))),
  );
  const incidentIds: string[] = [];
  const keys: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const slice = dues.slice(start, start + 500);
    const incidents = await db.incident.createManyAndReturn({
      data: slice.map((due, i) => {
        const startedAt = new Date(due.getTime() - primary.escalateAfterMinutes * MIN);
        return {
          title: `${label} incident ${start + i + 1}`,
          severity: "SEV2" as const,
          impact: "Synthetic load",
          commanderId: commander?.id,
          escalationPolicyId: policy.id,
          escalationSnapshot,
          startedAt,
          detectedAt: startedAt,
        };
      }),
      select: { id: true },
    });
    const jobs = incidents.map((incident, i) => {
      const job = escalateJob(incident.id, { round: 0, position: secondary.position, at: slice[i] });
      return { ...job, plannedAt: job.runAt };
    });
    await db.job.createMany({ data: jobs });
    incidentIds.push(...incidents.map((i) => i.id));
    keys.push(...jobs.map((j) => j.key));
  }
  return { incidentIds, keys, dues, first: dues[0], last: dues[dues.length - 1] };
}
