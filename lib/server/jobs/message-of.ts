import "server-only";

/** The text of anything a handler or a connection threw, for logs and a job's lastError. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
