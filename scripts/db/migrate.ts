// Applies pending prisma/migrations with the WASM schema engine; records them in
// `_prisma_migrations` the same way `prisma migrate deploy` does.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { migrationsDir, withSchemaEngine } from "./schema-engine";

export const LOCKFILE = "migration_lock.toml";
export const noFilters = { externalTables: [] as string[], externalEnums: [] as string[] };

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The migrations directory as the Prisma CLI hands it to the engine. */
export function loadMigrations(baseDir = migrationsDir): MigrationList {
  let entries: string[] = [];
  try {
    entries = readdirSync(baseDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    entries = [];
  }
  const migrationDirectories = entries
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const content = readOrNull(path.join(baseDir, name, "migration.sql"));
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content:
            content === null
              ? { tag: "error" as const, value: `missing ${name}/migration.sql` }
              : { tag: "ok" as const, value: content },
        },
      };
    });
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: readOrNull(path.join(baseDir, LOCKFILE)) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies the pending migrations to the database at `url`; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const migrationsList = loadMigrations();
  const result = await withSchemaEngine(url, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return result.appliedMigrationNames;
}

async function main(): Promise<void> {
  await import("../load-env");
  const { resolveDatabase } = await import("./ensure");
  const db = await resolveDatabase();
  try {
    const applied = await migrate(db.url);
    const total = loadMigrations().migrationDirectories.length;
    console.log(`migrations: applied ${applied.length} (${total} total)${db.embedded ? " [embedded]" : ""}`);
  } finally {
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error("migrations failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
