// Runs in the worker before each test file's imports, so lib/server/env.ts (parsed on first
// import) reads this file's own database: a fresh clone of the run's template, dropped after
// the file. The shell's DATABASE_URL stays available to tests that need a server to themselves.
import { afterAll, inject } from "vitest";
import { cloneForFile } from "./test-database";

const database = inject("testDatabase");
process.env.BRIDGE_TEST_SERVER_URL ??= process.env.DATABASE_URL ?? "";
// Tests create many users; the lowest bcrypt cost keeps them fast without changing what is tested.
process.env.BRIDGE_BCRYPT_COST = "4";

if (database.kind === "shared") {
  process.env.DATABASE_URL = database.url;
} else {
  const clone = await cloneForFile(database);
  process.env.DATABASE_URL = clone.url;
  // Registered first, so it runs after the file's own afterAll hooks have closed their clients.
  afterAll(async () => {
    const shared = globalThis as unknown as { bridgeDb?: { $disconnect(): Promise<void> } };
    await shared.bridgeDb?.$disconnect();
    shared.bridgeDb = undefined;
    await clone.drop();
  });
}
