// Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg.
// Node 20 cannot import the package's `.wasm` entry as an ES module, so the module is
// instantiated here by hand from the files the package ships.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { Pool, QueryResult } from "pg";

export type { SchemaEngine };

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

type Glue = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

// The engine arms 10 s timeouts (e.g. around its advisory lock) and never clears them, which
// would hold the process open after the work is done: clear them when no engine is busy.
const timers = new Set<NodeJS.Timeout>();
let busyEngines = 0;

function trackTimer(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    timers.delete(timer);
    callback();
  }, ms >>> 0);
  timers.add(timer);
  return timer;
}

// The wasm reports a Rust panic's message here just before it aborts the call.
const panics = {
  message: "",
  set_message(message: string) {
    this.message = message;
  },
};

function loadGlue(): Promise<Glue> {
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics };
  registry.PRISMA_WASM_PANIC_REGISTRY ??= panics;
  gluePromise ??= (async () => {
    // The exports map publishes the JS glue but not the .wasm beside it: find it by path.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Glue;
    const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports: Record<string, unknown> = { ...glue };
    for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
      imports[name] = trackTimer;
    }
    const wasmModule = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(wasmModule, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// adapter-pg has no column type for Postgres's internal "char" (OID 18), which the catalogue
// queries behind live-schema introspection return; the engine reads those columns as
// Character (reporting them as Text breaks as soon as a CHECK constraint exists).
function reportCharColumns(queryable: SqlQueryable): void {
  const charColumns = new WeakMap<unknown[], number[]>();
  const target = queryable as unknown as { performIO: (query: SqlQuery) => Promise<QueryResult> };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = (result?.fields ?? []).flatMap((field, i) => (field.dataTypeID === PG_CHAR_OID ? [i] : []));
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    for (const i of indexes) result.fields[i]!.dataTypeID = PG_TEXT_OID; // accepted, then retyped below
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
}

function adapt(adapter: SqlDriverAdapter): SqlDriverAdapter {
  reportCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    reportCharColumns(tx);
    return tx;
  };
  // adapter-pg splits scripts on every ";" (breaking quoted or $$-bodied SQL); send the
  // script as one simple query instead, which Postgres runs as a single implicit transaction.
  const pg = adapter as unknown as { underlyingDriver(): Pool; onError(error: unknown): never };
  adapter.executeScript = async (script) => {
    await pg
      .underlyingDriver()
      .query(script)
      .catch((error: unknown) => pg.onError(error));
  };
  return adapter;
}

function adapterFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString: url, max: 2 });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = adapt(await base.connect());
      opened.push(adapter);
      return adapter;
    },
    // adapter-pg's shadow database would be the main database itself (its pool config lets the URL win).
    async connectToShadowDb() {
      throw new Error("shadow databases are not supported here: diff against a scratch database instead");
    },
  };
}

function engineLog(message: string): void {
  if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${message}`);
}

export function readSchema(): { path: string; content: string } {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}

// JS exceptions reach the engine as "External error id#N"; put the original message back.
function withDriverError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }) {
  if (error instanceof WebAssembly.RuntimeError) {
    gluePromise = undefined; // a panicked instance is not reused
    const message = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY?.message;
    return new Error(`schema engine panicked: ${message || error.message}`, { cause: error });
  }
  const id = /External error id#(\d+)/.exec(String((error as Error)?.message ?? error))?.[1];
  const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (original === undefined) return error;
  return new Error(`${(error as Error).message}\ncaused by: ${(original as Error)?.message ?? String(original)}`, {
    cause: original,
  });
}

/** Runs `fn` with a schema engine connected to `url`, then frees it and closes its pool. */
export async function withSchemaEngine<T>(url: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadGlue();
  const schema = readSchema();
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(url, opened));
  busyEngines++;
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, engineLog, factory);
    try {
      return await fn(engine);
    } catch (error) {
      throw withDriverError(error, factory.errorRegistry);
    } finally {
      try {
        engine.free();
      } catch {
        // already unusable after a panic
      }
    }
  } finally {
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    if (--busyEngines === 0) {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    }
  }
}
