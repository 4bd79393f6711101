// The deadline worker as its own process, like `npm run worker`, for the fault tests: it takes
// `--name`, and `--stale-lock-ms` to run with another lease than BRIDGE_JOB_LEASE_MS.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/create-client";
import { runWorker } from "../../lib/server/jobs/worker";
import { logger } from "../../lib/server/log";

const { values } = parseArgs({ options: { name: { type: "string" }, "stale-lock-ms": { type: "string" } } });
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required");
const db = createPrismaClient(url, { max: 8 });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
logger.info({ worker: values.name }, "worker started");
await runWorker({
  db,
  url,
  signal: controller.signal,
  name: values.name,
  staleLockMs: values["stale-lock-ms"] ? Number(values["stale-lock-ms"]) : undefined,
});
await db.$disconnect();
