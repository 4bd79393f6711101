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
const db = createPrismaClient(url, { max: 8 });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
logger.info("worker started");
await runWorker({ db, url, signal: controller.signal });
await db.$disconnect();
logger.info("worker stopped");
