// Fresh, migrated and seeded databases on a local Postgres server for the fault tests and the
// benchmark: DATABASE_URL's server when set, else 127.0.0.1:5432 as user postgres.
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";
import pg from "pg";
import { createFreshDatabase, databaseUrl, dropDatabase } from "../db/create-database";
import { migrate } from "../db/migrate";
import { assertLocalDatabase } from "../test/assert-local-database";

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

export function serverUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(url);
  return url;
}

// Set by `copyFromTemplate`: scratch databases are then copies of one migrated and seeded template.
let template: { name: string; ready: Promise<ScratchDatabase> | null } | null = null;

/**
 * From now on, `freshDatabase` copies database `name`, migrated and seeded once on first use:
 * a copy takes a fraction of a second where migrating and seeding take many. `dropTemplate` ends it.
 */
export function copyFromTemplate(name: string): void {
  template = { name, ready: null };
}

export async function dropTemplate(): Promise<void> {
  const ready = template?.ready;
  template = null;
  if (ready) await (await ready).drop();
}

async function copyOf(source: string, name: string): Promise<ScratchDatabase> {
  const server = serverUrl();
  if (![source, name].every((n) => /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(n)))
    throw new Error(`unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // The template's last connection may still be closing on the server: "being accessed by other users".
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await client.end();
  }
  return { name, url: databaseUrl(server, name), drop: () => dropDatabase(server, name) };
}

/** Creates database `name` (dropping any leftover of the same name), migrated and seeded with the plan and demo users. */
export async function freshDatabase(name: string): Promise<ScratchDatabase> {
  if (template) {
    template.ready ??= migratedAndSeeded(template.name);
    return copyOf((await template.ready).name, name);
  }
  return migratedAndSeeded(name);
}

async function migratedAndSeeded(name: string): Promise<ScratchDatabase> {
  const server = serverUrl();
  const url = await createFreshDatabase(server, name);
  try {
    await migrate(url);
    const db = createPrismaClient(url, { max: 2 });
    try {
      await seed(db, { demo: true });
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await dropDatabase(server, name).catch(() => {});
    throw error;
  }
  return { name, url, drop: () => dropDatabase(server, name) };
}
