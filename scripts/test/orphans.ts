// Test and end-to-end databases carry the pid of the run that made them
// (`<prefix><pid>_…`), so a later run can drop those whose run was killed before its teardown.
import pg from "pg";
import { databaseUrl, dropDatabase } from "../db/create-database";
import { isAlive } from "../db/embedded";

/** The pid a database name of this kind carries, or null when it is not one of ours. */
export function ownerPid(name: string, prefix: string): number | null {
  if (!name.startsWith(prefix)) return null;
  const pid = Number(/^(\d+)_/.exec(name.slice(prefix.length))?.[1]);
  return pid > 0 ? pid : null;
}

/** Names of the databases on the server that start with `prefix`. */
export async function databasesStartingWith(serverUrl: string, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

/** Names on the server that start with `prefix` and belong to runs no longer alive. */
export async function orphanedDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return (await databasesStartingWith(serverUrl, prefix)).filter((name) => {
    const pid = ownerPid(name, prefix);
    return pid !== null && !isAlive(pid);
  });
}

/** Drops the databases of dead runs. */
export async function dropOrphans(serverUrl: string, prefix: string): Promise<void> {
  for (const name of await orphanedDatabases(serverUrl, prefix)) await dropDatabase(serverUrl, name);
}
