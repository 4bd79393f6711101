// npm run worker — runs the deadline worker against DATABASE_URL. Any number may run at once,
// on any machine: they share the queue through SKIP LOCKED.
import "./load-env";
import { createPrismaClient } from "../lib/db/create-client";
import { runWorker } from "../lib/server/jobs/worker";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required for the worker");
  process.exit(1);
}
const db = createPrismaClient(url, { max: 8 });
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
console.log(`worker: started (pid ${process.pid})`);
await runWorker({ db, url, signal: controller.signal, log: (line) => console.error(line) });
await db.$disconnect();
console.log("worker: stopped");
