// How every Prisma client talks to PostgreSQL. A burst of declarations waits for a connection
// (maxWait) instead of failing; a stalled database fails a request in seconds instead of hanging it.

export type DbTuning = {
  /** Connections per pool. */
  poolMax: number;
  /** Longest wait for a new connection to be established. */
  connectTimeoutMs: number;
  /** Longest a single statement may run, enforced by the server and, for a silent network, by the client. */
  statementTimeoutMs: number;
  /** Longest a transaction waits for a free connection before it is refused. */
  txMaxWaitMs: number;
  /** Longest an interactive transaction may stay open. */
  txTimeoutMs: number;
};

export const DB_TUNING_DEFAULTS: DbTuning = {
  poolMax: 30,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  txMaxWaitMs: 10_000,
  txTimeoutMs: 20_000,
};
