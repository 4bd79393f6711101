// What the integration global setup hands each test file, and the names of the databases
// cloned for them: `bridge_test_<run pid>_…`, so orphans of a killed run can be told apart.
import { randomUUID } from "node:crypto";
import { cloneDatabase, dropDatabase } from "../db/create-database";
import { databasesStartingWith } from "./orphans";

export const TEST_PREFIX = "bridge_test_";
export const TEMPLATE_PREFIX = "bridge_tpl_";

/** A template to clone per file (a Postgres server), or one database all files share (PGlite). */
export type TestDatabase =
  { kind: "template"; serverUrl: string; template: string; run: number } | { kind: "shared"; url: string };

/** A fresh copy of the run's template for one test file; `drop` removes it again. */
export async function cloneForFile(
  database: Extract<TestDatabase, { kind: "template" }>,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${TEST_PREFIX}${database.run}_${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
  const url = await cloneDatabase(database.serverUrl, name, database.template);
  return { url, drop: () => dropDatabase(database.serverUrl, name) };
}

/** Drops every file database of run `run` still present (a worker that crashed before its teardown). */
export async function dropRunDatabases(serverUrl: string, run: number): Promise<void> {
  for (const name of await databasesStartingWith(serverUrl, `${TEST_PREFIX}${run}_`))
    await dropDatabase(serverUrl, name);
}
