// Two projects: `unit` (pure domain and config code, no database) and `integration`
// (services and scripts against a real, freshly migrated and seeded Postgres).
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
// On a Postgres server every integration file gets its own clone of a seeded template, so files
// run side by side, one per core. The embedded fallback has one shared database: one at a time.
const ownDatabases = Boolean(process.env.DATABASE_URL?.trim());

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Services import "server-only", which throws outside React Server Components.
    alias: { "server-only": path.join(root, "node_modules/server-only/empty.js") },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/domain/**/*.test.ts", "lib/config/**/*.test.ts", "components/**/*.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/server/**/*.test.ts", "lib/api-client/**/*.test.ts", "scripts/**/*.test.ts"],
          globalSetup: ["scripts/test/global-setup.ts"],
          setupFiles: ["scripts/test/setup-database-url.ts"],
          maxWorkers: ownDatabases ? os.availableParallelism() : 1,
          fileParallelism: ownDatabases,
          // Its own worker count needs its own group: the unit project runs first, then this one.
          sequence: { groupOrder: 1 },
          // Files share two busy cores; a test doing dozens of cost-12 password checks can take 30 s.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
