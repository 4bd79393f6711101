// Test scripts drop and recreate databases: refuse to do that anywhere but on this machine.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Throws unless `url` points at a Postgres server on this machine's loopback interface. */
export function assertLocalDatabase(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("Refusing to run tests: DATABASE_URL is not a valid URL.");
  }
  if (LOCAL_HOSTS.has(host)) return;
  throw new Error(
    `Refusing to run tests against the non-local database host "${host || "(none)"}": ` +
      "tests create and drop databases. Point DATABASE_URL at localhost, 127.0.0.1 or ::1.",
  );
}
