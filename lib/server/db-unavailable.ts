import "server-only";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { Prisma } from "@/lib/generated/prisma/client";

// Prisma codes for "cannot reach / cannot connect / timed out / no connection or transaction in time".
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// What the pg adapter reports for a lost or refused connection.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// SQLSTATE: statement timeout, shutdown, cannot connect now, too many connections; class 08 is connection exceptions.
const SQLSTATES = new Set(["57014", "57P01", "57P02", "57P03", "53300"]);

type AdapterCause = { kind?: string; originalCode?: string };

function adapterCause(error: Prisma.PrismaClientKnownRequestError): AdapterCause | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

/** Whether a failure means the database is away or too slow, judged by error classes and codes only. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || !(error instanceof Error)) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (PRISMA_CODES.has(error.code)) return true;
    const cause = adapterCause(error);
    const sqlstate = cause?.originalCode ?? "";
    if (ADAPTER_KINDS.has(cause?.kind ?? "") || SQLSTATES.has(sqlstate) || sqlstate.startsWith("08")) return true;
  }
  return isDatabaseUnavailable(error.cause, depth + 1);
}
