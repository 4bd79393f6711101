// npm run db:seed — seeds the plan's data (and the demo unless BRIDGE_DEMO_SEED=0); safe to rerun.
import "../load-env";
import { createPrismaClient } from "../../lib/db/create-client";
import { seed } from "../../prisma/seed";
import { ensureDatabase } from "./ensure";

const database = await ensureDatabase();
const db = createPrismaClient(database.url, { max: 2 });
try {
  const started = Date.now();
  await seed(db, { demo: process.env.BRIDGE_DEMO_SEED !== "0" });
  console.log(`seed: done in ${Date.now() - started} ms`);
} finally {
  await db.$disconnect();
  await database.stop();
}
