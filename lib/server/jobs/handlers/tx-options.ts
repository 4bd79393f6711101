import "server-only";

/**
 * On a busy machine a deadline's transaction may queue for a connection or the CPU for seconds;
 * finishing late beats failing and being retried later still.
 */
export const HANDLER_TX = { maxWait: 15_000, timeout: 30_000 } as const;
