// npm run bench:status -- [--url http://localhost:3000] [--readers 50] [--seconds 20] [--revalidate]
// Many concurrent readers of the public status page. With --url it reads a running Bridge;
// without, it starts one (`npm start` on a fresh database on DATABASE_URL's server, or the
// embedded one, building first if the build is stale) and stops it afterwards. Each reader asks
// for /status again as soon as its last answer arrived, reading the whole body; --revalidate
// sends the last ETag back as a browser does (mostly 304s). Last line:
// `status readers=N rps=… p95_ms=…`.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createFreshDatabase, dropDatabase } from "../db/create-database";
import { projectRoot } from "../db/schema-engine";
import { freePort } from "../test/free-port";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    readers: { type: "string", default: "50" },
    seconds: { type: "string", default: "20" },
    revalidate: { type: "boolean", default: false },
  },
});
const readers = Number(values.readers);
const seconds = Number(values.seconds);
if (!(readers > 0 && seconds > 0)) throw new Error("--readers and --seconds must be positive numbers");

type Started = { base: string; stop: () => Promise<void> };

/** Starts Bridge the way a user does, on a database of its own, and waits until /status answers. */
async function startBridge(): Promise<Started> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bridge-bench-status-"));
  const server = process.env.DATABASE_URL?.trim();
  const name = `bridge_bench_status_${process.pid}`;
  const url = server ? await createFreshDatabase(server, name) : undefined;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd: projectRoot,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        ...(url ? { DATABASE_URL: url } : { DATABASE_URL: "" }),
        BRIDGE_DATA_DIR: dataDir,
        PORT: String(port),
        MAIL_CAPTURE_PORT: String(await freePort()),
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
      },
    },
  );
  const base = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    if (server) await dropDatabase(server, name).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Bridge exited with code ${child.exitCode} while starting`);
    const ok = await fetch(`${base}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error("Bridge did not answer /status within 10 minutes");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function reader(base: string, until: number, times: number[], counts: Record<number, number>) {
  let etag: string | null = null;
  while (performance.now() < until) {
    const started = performance.now();
    const response: Response = await fetch(`${base}/status`, {
      headers: values.revalidate && etag ? { "If-None-Match": etag } : {},
    });
    await response.arrayBuffer();
    times.push(performance.now() - started);
    counts[response.status] = (counts[response.status] ?? 0) + 1;
    etag = response.headers.get("etag") ?? etag;
  }
}

const started = values.url ? { base: values.url.replace(/\/$/, ""), stop: async () => {} } : await startBridge();
try {
  // One warm-up read: the first build of the summary is not what readers pay.
  await (await fetch(`${started.base}/status`)).arrayBuffer();
  const times: number[] = [];
  const counts: Record<number, number> = {};
  const begin = performance.now();
  const until = begin + seconds * 1000;
  await Promise.all(Array.from({ length: readers }, () => reader(started.base, until, times, counts)));
  const elapsed = (performance.now() - begin) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(
    `status answers=${JSON.stringify(counts)} p50_ms=${p(0.5).toFixed(1)} max_ms=${p(1).toFixed(1)} revalidate=${values.revalidate}`,
  );
  console.log(`status readers=${readers} rps=${(times.length / elapsed).toFixed(0)} p95_ms=${p(0.95).toFixed(1)}`);
} finally {
  await started.stop();
}
process.exit(0);
