// Migrations, drift and the embedded server, on a scratch database of a real Postgres server
// (DATABASE_URL's server, else 127.0.0.1:5432) and on PGlite in a temporary data directory.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createFreshDatabase, dropDatabase } from "./create-database";
import { schemaDrift } from "./drift";
import { startEmbedded, type EmbeddedDatabase } from "./embedded";
import { loadMigrations, migrate } from "./migrate";
import { migrationsDir } from "./schema-engine";

const TIMEOUT = 60_000;
// The integration setup points DATABASE_URL at its own database and keeps the shell's in
// BRIDGE_TEST_SERVER_URL; scratch databases belong on the shell's server.
const serverUrl =
  (process.env.BRIDGE_TEST_SERVER_URL ?? process.env.DATABASE_URL) || "postgresql://postgres@127.0.0.1:5432/postgres";
const migrationNames = loadMigrations().migrationDirectories.map((m) => m.path);

function client(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

async function roundTrip(url: string): Promise<void> {
  const prisma = client(url);
  try {
    const slug = `svc-${randomUUID()}`;
    await prisma.service.create({
      data: { slug, name: "Payments", components: { create: { slug: `${slug}-api`, name: "API", rtoMinutes: 30 } } },
    });
    const back = await prisma.service.findUnique({ where: { slug }, include: { components: true } });
    expect(back?.name).toBe("Payments");
    expect(back?.components).toEqual([expect.objectContaining({ slug: `${slug}-api`, name: "API", rtoMinutes: 30 })]);
  } finally {
    await prisma.$disconnect();
  }
}

describe("migrations on real Postgres", () => {
  const name = `bridge_scratch_test_${process.pid}_${Date.now()}`;
  let url = "";

  beforeAll(async () => {
    url = await createFreshDatabase(serverUrl, name);
  }, TIMEOUT);
  afterAll(() => dropDatabase(serverUrl, name), TIMEOUT);

  it(
    "applies every migration once, as `prisma migrate deploy` records them",
    async () => {
      expect(migrationNames.length).toBeGreaterThan(0);
      expect(await migrate(url)).toEqual(migrationNames);
      expect(await migrate(url)).toEqual([]);

      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const { rows } = await db.query<{ migration_name: string; checksum: string; done: boolean }>(
          `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done
           FROM _prisma_migrations ORDER BY migration_name`,
        );
        expect(rows).toEqual(
          migrationNames.map((migration) => ({
            migration_name: migration,
            checksum: createHash("sha256")
              .update(readFileSync(path.join(migrationsDir, migration, "migration.sql")))
              .digest("hex"),
            done: true,
          })),
        );
      } finally {
        await db.end();
      }
      expect(await schemaDrift(url)).toBe("");
    },
    TIMEOUT,
  );

  it("round-trips through the generated client", () => roundTrip(url), TIMEOUT);
});

describe("embedded PGlite", () => {
  const root = mkdtempSync(path.join(tmpdir(), "bridge-embedded-"));
  let embedded: EmbeddedDatabase;

  beforeAll(async () => {
    embedded = await startEmbedded({ dataDir: path.join(root, "pg") });
  }, TIMEOUT);
  afterAll(async () => {
    await embedded?.stop();
    rmSync(root, { recursive: true, force: true });
  }, TIMEOUT);

  it(
    "migrates, with no drift left",
    async () => {
      expect(await migrate(embedded.url)).toEqual(migrationNames);
      expect(await migrate(embedded.url)).toEqual([]);
      expect(await schemaDrift(embedded.url)).toBe("");
    },
    TIMEOUT,
  );

  it("round-trips through the generated client", () => roundTrip(embedded.url), TIMEOUT);

  it(
    "keeps concurrent extended-protocol queries apart, even when they span several packets",
    async () => {
      const pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
      try {
        const results = await Promise.all(
          Array.from({ length: 30 }, async (_, i) => {
            const { rows } = await pool.query(`SELECT $1::int + ${i} AS v, length($2::text) AS n${i % 3}`, [
              i,
              "x".repeat(100_000 + i),
            ]);
            return rows[0].v === 2 * i && rows[0][`n${i % 3}`] === 100_000 + i;
          }),
        );
        expect(results.every(Boolean)).toBe(true);
      } finally {
        await pool.end();
      }
    },
    TIMEOUT,
  );

  it(
    "serves a pool of 10: 50 concurrent creates and interactive transactions",
    async () => {
      const prisma = client(embedded.url);
      const tag = randomUUID();
      try {
        await Promise.all(
          Array.from({ length: 50 }, (_, i) => prisma.service.create({ data: { slug: `${tag}-${i}`, name: `S${i}` } })),
        );
        const transfer = (n: number) =>
          prisma.$transaction(async (tx) => {
            const service = await tx.service.create({ data: { slug: `${tag}-tx${n}`, name: "tx" } });
            await tx.component.create({
              data: { serviceId: service.id, slug: `${tag}-tx${n}-c`, name: "c", rtoMinutes: n },
            });
            return tx.component.count({ where: { slug: `${tag}-tx${n}-c` } });
          });
        expect(await Promise.all([transfer(1), transfer(2), transfer(3)])).toEqual([1, 1, 1]);
        await expect(
          prisma.$transaction(async (tx) => {
            await tx.service.create({ data: { slug: `${tag}-rolled-back`, name: "x" } });
            throw new Error("abort");
          }),
        ).rejects.toThrow("abort");
        expect(await prisma.service.count({ where: { slug: { startsWith: tag } } })).toBe(53);
      } finally {
        await prisma.$disconnect();
      }
    },
    TIMEOUT,
  );
});
