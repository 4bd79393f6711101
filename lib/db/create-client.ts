// Builds a Prisma client on the pg driver adapter. Secrets are left out of every query
// unless a caller asks for them explicitly.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DB_TUNING_DEFAULTS, type DbTuning } from "../config/db-tuning";
import { PrismaClient } from "../generated/prisma/client";
import { asUnavailable, DatabaseUnavailableError } from "./unavailable";

export const SECRET_FIELDS = {
  user: { passwordHash: true },
  apiToken: { tokenHash: true },
  stakeholderMember: { webhookSecret: true },
  pushSettings: { vapidPrivateKey: true },
  integrationSource: { keyHash: true },
} as const;

type Query = (...args: unknown[]) => unknown;

// Promise-style calls (the ones the adapter makes) get their coded-less driver failures typed.
function typedFailures(query: Query, onUnavailable?: () => void): Query {
  return function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (typeof args[args.length - 1] === "function" || !(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      const typed = asUnavailable(error);
      if (typed instanceof DatabaseUnavailableError) onUnavailable?.();
      return Promise.reject(typed);
    });
  };
}

class TypedPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    this.query = typedFailures(this.query as Query) as pg.Pool["query"];
    this.connect = typedFailures(this.connect as Query) as pg.Pool["connect"];
    this.on("connect", (client) => {
      // A connection that timed out or broke is ended, so the pool drops it instead of lending it again.
      const drop = () => void client.end().catch(() => undefined);
      client.query = typedFailures(client.query as Query, drop) as pg.PoolClient["query"];
    });
    // An idle connection that dies is dropped by the pool; without a listener it would crash the process.
    this.on("error", () => undefined);
  }
}

// pg-pool bounds both the wait for a free connection and a new connect by one setting; the
// connect itself gets its own, shorter bound here, so a burst queues up to maxWait.
function clientWithConnectTimeout(connectTimeoutMs: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMs });
    }
  };
}

export function createPoolConfig(connectionString: string, tuning: DbTuning): pg.PoolConfig {
  return {
    connectionString,
    max: tuning.poolMax,
    Client: clientWithConnectTimeout(tuning.connectTimeoutMs),
    connectionTimeoutMillis: Math.max(tuning.txMaxWaitMs, tuning.connectTimeoutMs),
    statement_timeout: tuning.statementTimeoutMs,
    // The server cancels a slow statement; this catches a network that went silent.
    query_timeout: tuning.statementTimeoutMs + 2_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

export function createPrismaClient(connectionString: string, options: Partial<DbTuning> & { max?: number } = {}) {
  const { max, ...rest } = options;
  const tuning: DbTuning = { ...DB_TUNING_DEFAULTS, ...rest, ...(max ? { poolMax: max } : {}) };
  const pool = new TypedPool(createPoolConfig(connectionString, tuning));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({
    adapter,
    omit: SECRET_FIELDS,
    transactionOptions: { maxWait: tuning.txMaxWaitMs, timeout: tuning.txTimeoutMs },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
