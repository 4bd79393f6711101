// Drift check: the SQL that would take the live database at a URL to schema.prisma.
import { noFilters } from "./migrate";
import { projectRoot, readSchema, withSchemaEngine } from "./schema-engine";

const EMPTY_MIGRATION = "-- This is an empty migration.";

/** Normalises the engine's "nothing to do" script to "". */
export function normaliseDiff(script: string | null | undefined): string {
  const trimmed = (script ?? "").trim();
  return trimmed === EMPTY_MIGRATION ? "" : trimmed;
}

/** Diff SQL from the live schema at `url` to schema.prisma; "" when they match. */
export async function schemaDrift(url: string): Promise<string> {
  const schema = readSchema();
  const result = await withSchemaEngine(url, (engine) =>
    engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: projectRoot },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  return normaliseDiff(result.stdout);
}
