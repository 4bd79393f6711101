import "server-only";
import pino, { type Logger } from "pino";
import { env } from "./env";

export type { Logger };

/** The process's structured log: one JSON object a line on stdout, for whatever collects it. */
export const logger: Logger = pino({ level: env.LOG_LEVEL, base: { pid: process.pid } });
