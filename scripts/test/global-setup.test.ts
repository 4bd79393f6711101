// Each integration file runs on its own clone of the run's migrated, seeded template (or, without
// a Postgres server, on the shared embedded database), and databases of killed runs are dropped.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { closeDatabase, createFreshDatabase, databaseUrl, dropDatabase } from "../db/create-database";
import { databasesStartingWith, dropOrphans, ownerPid } from "./orphans";
import { cloneForFile, TEST_PREFIX } from "./test-database";

const database = inject("testDatabase");
const onServer = database.kind === "template" ? database : null;
// Cloning needs a real Postgres server: the run's, else the local one (PGlite cannot clone).
const serverUrl =
  onServer?.serverUrl ?? (process.env.BRIDGE_TEST_SERVER_URL || "postgresql://postgres@127.0.0.1:5432/postgres");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("integration database", () => {
  it("points every service at this file's database", async () => {
    expect(process.env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    expect(env.DATABASE_URL).toBe(process.env.DATABASE_URL);
    const name = new URL(env.DATABASE_URL!).pathname.slice(1);
    if (onServer) {
      expect(name).toMatch(new RegExp(`^${TEST_PREFIX}${onServer.run}_[a-z0-9]+_[0-9a-f]{8}$`));
      expect(name).not.toBe(onServer.template);
      // Closed to connections, so that a stray session can never make a clone fail.
      const rows = await query<{ datallowconn: boolean }>(
        databaseUrl(serverUrl, "postgres"),
        `SELECT datallowconn FROM pg_database WHERE datname = '${onServer.template}'`,
      );
      expect(rows).toEqual([{ datallowconn: false }]);
    } else {
      // The embedded server serves its single `postgres` database.
      expect(name).toBe("postgres");
    }
  });

  it("is migrated and carries the seeded plan and demo users", async () => {
    const migrations = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(migrations[0].n)).toBeGreaterThan(0);
    const demo = await db.user.findMany({
      where: { email: { endsWith: "@bridge.local" } },
      select: { email: true, role: true },
    });
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

describe("per-file clones of a template", () => {
  it("gives each file a seeded copy of a closed template that no other file's writes reach, and drops it", async () => {
    const template = `${TEST_PREFIX}${process.pid}_tpl_${randomUUID().slice(0, 8)}`;
    const templateUrl = await createFreshDatabase(serverUrl, template);
    await query(templateUrl, `CREATE TABLE person (email text PRIMARY KEY, name text NOT NULL)`);
    await query(templateUrl, `INSERT INTO person VALUES ('admin@bridge.local', 'Ada Admin')`);
    await closeDatabase(serverUrl, template);
    const source = { kind: "template" as const, serverUrl, template, run: process.pid };
    try {
      const first = await cloneForFile(source);
      const second = await cloneForFile(source);
      try {
        expect(first.url).not.toBe(second.url);
        await query(first.url, `UPDATE person SET name = 'changed in the first clone'`);
        expect(await query(second.url, `SELECT name FROM person`)).toEqual([{ name: "Ada Admin" }]);
      } finally {
        await first.drop();
        await second.drop();
      }
      expect(await databasesStartingWith(serverUrl, new URL(first.url).pathname.slice(1))).toEqual([]);
    } finally {
      await dropDatabase(serverUrl, template);
    }
  });
});

describe("orphaned databases", () => {
  it("reads the owning run's pid from a database name", () => {
    expect(ownerPid("bridge_test_4242_m1abc_0a1b2c3d", "bridge_test_")).toBe(4242);
    expect(ownerPid("bridge_e2e_17_m1abc", "bridge_e2e_")).toBe(17);
    expect(ownerPid("bridge_test_x_1", "bridge_test_")).toBeNull();
    expect(ownerPid("bridge_e2e_17_m1abc", "bridge_test_")).toBeNull();
  });

  it("drops the databases of dead runs and keeps those of live ones", async () => {
    // A process that has exited: its pid is dead (until the system reuses it, far later).
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const prefix = `bridge_orphancheck_${randomUUID().slice(0, 8)}_`;
    const deadName = `${prefix}${dead}_a`;
    const liveName = `${prefix}${process.pid}_a`;
    await createFreshDatabase(serverUrl, deadName);
    await createFreshDatabase(serverUrl, liveName);
    try {
      await dropOrphans(serverUrl, prefix);
      expect(await databasesStartingWith(serverUrl, prefix)).toEqual([liveName]);
    } finally {
      await dropDatabase(serverUrl, deadName);
      await dropDatabase(serverUrl, liveName);
    }
  });
});
