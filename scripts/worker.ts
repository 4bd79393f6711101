// npm run worker — runs the deadline worker against DATABASE_URL. Any number may run at once,
// on any machine: they share the queue through SKIP LOCKED.
import "./load-env";
import { createPrismaClient } from "../lib/db/create-client";
import { runWorker } from "../lib/server/jobs/worker";
import { logger } from "../lib/server/log";

const url = process.env.DATABASE_URL;
if (!url) {
  logger.fatal("DATABASE_URL is required for the worker");
  process.exit(1);
}
// Enough connections for every timer and delivery slot to have a statement in flight: on a busy
// machine a job's time is mostly waiting for the database, so slots without a connection would idle.
const db = createPrismaClient(url, { max: 16 });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
logger.info("worker started");
await runWorker({ db, url, signal: controller.signal });
await db.$disconnect();
logger.info("worker stopped");
