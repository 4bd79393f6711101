// Runs in each test worker before the test file's imports, so lib/server/env.ts (parsed on
// first import) reads the test database instead of whatever DATABASE_URL the shell had.
// The shell's own value stays available to tests that need a whole server to themselves.
import { inject } from "vitest";

process.env.BRIDGE_TEST_SERVER_URL ??= process.env.DATABASE_URL ?? "";
process.env.DATABASE_URL = inject("databaseUrl");
// Tests create many users; the lowest bcrypt cost keeps them fast without changing what is tested.
process.env.BRIDGE_BCRYPT_COST = "4";
