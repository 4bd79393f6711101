// Creating and dropping whole databases on a Postgres server (scratch and test databases).
import pg from "pg";

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

/** URL of database `name` on the server of `serverUrl` (same credentials and options). */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A URL on the same server that points at the maintenance database. */
function maintenanceUrl(serverUrl: string): string {
  return databaseUrl(serverUrl, "postgres");
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops database `name` if it exists, creates it empty, and returns its URL. */
export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  const ident = quoteIdent(name);
  await onServer(maintenanceUrl(serverUrl), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${ident}`);
  });
  const url = databaseUrl(serverUrl, name);
  // PGlite accepts CREATE DATABASE but serves one database whatever the URL names.
  const reached = await onServer(
    url,
    async (client) => (await client.query("SELECT current_database() AS db")).rows[0]?.db,
  );
  if (reached !== name) {
    await dropDatabase(serverUrl, name).catch(() => {});
    throw new Error(
      `${new URL(serverUrl).host} cannot serve database ${name} (an embedded PGlite?): use a real Postgres server`,
    );
  }
  return url;
}

/** Creates database `name` as a copy of `template`, which must have no open connections; returns its URL. */
export async function cloneDatabase(serverUrl: string, name: string, template: string): Promise<string> {
  await onServer(maintenanceUrl(serverUrl), (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return databaseUrl(serverUrl, name);
}

/** Closes `name` to new connections, so a clone of it can never be refused for a stray session. */
export async function closeDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(maintenanceUrl(serverUrl), (client) =>
    client.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS false`),
  );
}

/** Drops database `name`, disconnecting anyone still using it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const ident = quoteIdent(name);
  await onServer(maintenanceUrl(serverUrl), (client) => client.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`));
}
