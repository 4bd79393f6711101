// The integration database reaches the workers, is not the shell's own database, and is
// migrated and seeded before any test runs.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

describe("integration database", () => {
  it("points every service at the database prepared by the global setup", () => {
    const url = inject("databaseUrl");
    expect(url).toMatch(/^postgres(ql)?:\/\//);
    expect(process.env.DATABASE_URL).toBe(url);
    expect(env.DATABASE_URL).toBe(url);
  });

  it("uses a fresh bridge_test_* database when a server was given", () => {
    const url = new URL(inject("databaseUrl"));
    // Without DATABASE_URL the embedded server serves its single `postgres` database.
    if (url.port === "5432") expect(url.pathname).toMatch(/^\/bridge_test_\d+_[a-z0-9]+$/);
    else expect(url.pathname).toBe("/postgres");
  });

  it("is migrated and carries the seeded plan and demo users", async () => {
    const migrations = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(migrations[0].n)).toBeGreaterThan(0);
    const demo = await db.user.findMany({ where: { email: { endsWith: "@bridge.local" } }, select: { email: true, role: true } });
    expect(demo).toEqual(
      expect.arrayContaining([
        { email: "admin@bridge.local", role: "ADMIN" },
        { email: "commander@bridge.local", role: "COMMANDER" },
        { email: "responder@bridge.local", role: "RESPONDER" },
        { email: "stakeholder@bridge.local", role: "STAKEHOLDER" },
      ]),
    );
    const components = await db.component.findMany({ select: { name: true, rtoMinutes: true } });
    expect(components).toEqual(expect.arrayContaining([{ name: "Critical Service", rtoMinutes: 240 }]));
  });
});
