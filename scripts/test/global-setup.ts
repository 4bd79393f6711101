// Integration tests get databases of their own. On DATABASE_URL's server: one migrated and
// seeded template per run, cloned for every test file by scripts/test/setup-database-url.ts.
// Without one: an embedded PGlite (which cannot clone), shared by files run one at a time.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";
import { closeDatabase, createFreshDatabase, dropDatabase } from "../db/create-database";
import { startEmbedded } from "../db/embedded";
import { migrate } from "../db/migrate";
import { assertLocalDatabase } from "./assert-local-database";
import { freePort } from "./free-port";
import { dropOrphans } from "./orphans";
import { dropRunDatabases, TEMPLATE_PREFIX, TEST_PREFIX, type TestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

async function prepare(url: string): Promise<void> {
  await migrate(url);
  const db = createPrismaClient(url, { max: 2 });
  try {
    await seed(db, { demo: true });
  } finally {
    await db.$disconnect();
  }
}

async function provideTemplate(serverUrl: string): Promise<{ database: TestDatabase; teardown: () => Promise<void> }> {
  assertLocalDatabase(serverUrl);
  await dropOrphans(serverUrl, TEST_PREFIX);
  await dropOrphans(serverUrl, TEMPLATE_PREFIX);
  const template = `${TEMPLATE_PREFIX}${process.pid}_${Date.now().toString(36)}`;
  const teardown = async () => {
    await dropRunDatabases(serverUrl, process.pid);
    await dropDatabase(serverUrl, template);
  };
  try {
    await prepare(await createFreshDatabase(serverUrl, template));
    await closeDatabase(serverUrl, template);
  } catch (error) {
    await teardown();
    throw error;
  }
  return { database: { kind: "template", serverUrl, template, run: process.pid }, teardown };
}

async function provideEmbedded(): Promise<{ database: TestDatabase; teardown: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridge-test-"));
  const embedded = await startEmbedded({ dataDir: path.join(dir, "pg"), port: await freePort() });
  const teardown = async () => {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await prepare(embedded.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return { database: { kind: "shared", url: embedded.url }, teardown };
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL?.trim();
  const { database, teardown } = serverUrl ? await provideTemplate(serverUrl) : await provideEmbedded();
  project.provide("testDatabase", database);
  return teardown;
}
