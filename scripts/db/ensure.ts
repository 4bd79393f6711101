// The database the app and the tests run on: DATABASE_URL when set, else the embedded one;
// either way migrated to the latest migration before use.
import path from "node:path";
import { startEmbedded } from "./embedded";
import { migrate } from "./migrate";
import { projectRoot } from "./schema-engine";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, otherwise the embedded database (started, not migrated). */
export async function resolveDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, embedded: false, stop: async () => {} };
  // BRIDGE_DATA_DIR keeps separate instances (and test runs) on separate embedded databases.
  const dataDir = path.resolve(projectRoot, process.env.BRIDGE_DATA_DIR || ".data", "pg");
  const embedded = await startEmbedded({ dataDir });
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
