// Integration tests get their own database: a fresh `bridge_test_*` on DATABASE_URL's server,
// or an embedded PGlite in a temporary directory. Migrated and seeded once per run.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";
import { createFreshDatabase, databaseUrl, dropDatabase } from "../db/create-database";
import { isAlive, startEmbedded } from "../db/embedded";
import { migrate } from "../db/migrate";
import { assertLocalDatabase } from "./assert-local-database";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Drops test databases left behind by runs that were killed before their teardown. */
async function dropOrphans(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'bridge\\_test\\_%'");
    for (const { datname } of rows) {
      const pid = Number(/^bridge_test_(\d+)_/.exec(datname)?.[1]);
      if (pid && !isAlive(pid)) await dropDatabase(serverUrl, datname);
    }
  } finally {
    await client.end();
  }
}

async function provideDatabase(): Promise<{ url: string; teardown: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    await dropOrphans(serverUrl);
    const name = `bridge_test_${process.pid}_${Date.now().toString(36)}`;
    const url = await createFreshDatabase(serverUrl, name);
    return { url, teardown: () => dropDatabase(serverUrl, name) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-test-"));
  const embedded = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort() });
  return {
    url: embedded.url,
    teardown: async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const database = await provideDatabase();
  try {
    await migrate(database.url);
    const db = createPrismaClient(database.url, { max: 2 });
    try {
      await seed(db, { demo: true });
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await database.teardown();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  return database.teardown;
}
