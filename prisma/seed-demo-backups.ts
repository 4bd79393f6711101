// Demo backup verifications: a few days of history per policy, a failed restore test among them,
// and at seeding time every data asset within its RPO but one (Generated Documentation: its last
// good copy is 2.5 h old against an RPO of 1 h, and the newer attempt failed).
import type { Db } from "../lib/db/create-client";

const MIN = 60_000;

// Minutes ago of each verification, newest first; a negative number is a failed one.
const HISTORY: Record<string, number[]> = {
  "code-primary": [1, 60, 120],
  "code-secondary": [50, 110, 170],
  "code-tertiary": [20 * 60, 44 * 60, 68 * 60],
  configuration: [10, 25, 40, 55],
  "generated-docs": [-40, 150, 210, 270],
  templates: [3 * 1440, 9 * 1440],
  "performance-baselines": [2, 24 * 60, -48 * 60, 72 * 60],
};

export async function seedDemoBackups(db: Db, now: Date) {
  for (const [key, minutesAgo] of Object.entries(HISTORY)) {
    const policy = await db.backupPolicy.findUnique({ where: { key } });
    if (!policy) continue;
    const rows = minutesAgo.map((m) => ({
      policyId: policy.id,
      verifiedAt: new Date(now.getTime() - Math.abs(m) * MIN),
      ok: m > 0,
      source: m > 0 ? "api:backup-jobs" : "manual:commander@bridge.local",
      note: m > 0 ? "" : "Restore test failed: checksum mismatch on the newest archive",
    }));
    await db.backupVerification.createMany({ data: rows });
    const lastOk = rows.filter((r) => r.ok).map((r) => r.verifiedAt)[0] ?? null;
    await db.backupPolicy.update({ where: { key }, data: { lastVerifiedAt: lastOk } });
  }
}
