// The database the app and the tests run on: DATABASE_URL when set, else the embedded one;
// either way migrated to the latest migration before use.
import { startEmbedded } from "./embedded";
import { migrate } from "./migrate";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, otherwise the embedded database (started, not migrated). */
export async function resolveDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, embedded: false, stop: async () => {} };
  const embedded = await startEmbedded();
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

/** Resolves the database and applies pending migrations. `stop()` shuts an embedded one down. */
export async function ensureDatabase(): Promise<Database> {
  const db = await resolveDatabase();
  try {
    await migrate(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}
