import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { env } from "./env";

// One client per process, created on first use so that `next build` never needs a database.
const globalForDb = globalThis as unknown as { bridgeDb?: Db };

function client(): Db {
  if (globalForDb.bridgeDb) return globalForDb.bridgeDb;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start Bridge with `npm start`, which provides one.");
  return (globalForDb.bridgeDb = createPrismaClient(env.DATABASE_URL, {
    poolMax: env.DATABASE_POOL_MAX,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    txMaxWaitMs: env.DATABASE_TX_MAX_WAIT_MS,
    txTimeoutMs: env.DATABASE_TX_TIMEOUT_MS,
  }));
}

export const db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = client();
    const value = Reflect.get(real, prop);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
