// Fresh, migrated and seeded databases on a local Postgres server for the fault tests and the
// benchmark: DATABASE_URL's server when set, else 127.0.0.1:5432 as user postgres.
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";
import { createFreshDatabase, dropDatabase } from "../db/create-database";
import { migrate } from "../db/migrate";
import { assertLocalDatabase } from "../test/assert-local-database";

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

export function serverUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(url);
  return url;
}

/** Creates database `name` (dropping any leftover of the same name), migrates and seeds it with the plan and demo users. */
export async function freshDatabase(name: string): Promise<ScratchDatabase> {
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
