// The database could not be reached or did not answer in time. Thrown by the pool for failures
// the pg driver reports without an error code (connect timeout, read timeout, connection lost).
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database is not reachable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * A pg failure that happened on the client side, not in PostgreSQL: the server's own errors carry
 * a SQLSTATE `code` and a `severity`; socket errors carry an errno `code` the adapter already maps.
 */
export function isClientSideDriverFailure(error: unknown): boolean {
  return error instanceof Error && !("code" in error) && !("severity" in error);
}

export function asUnavailable(error: unknown): unknown {
  return isClientSideDriverFailure(error) ? new DatabaseUnavailableError(error) : error;
}
