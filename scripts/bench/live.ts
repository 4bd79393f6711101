// npm run bench:live -- [--url http://localhost:3000] [--clients 50] [--events 20]
// Opens N signed-in SSE clients on /api/events of a running Bridge, commits M events one after
// another (each through emit() in its own transaction, as every service does) and measures, per
// client and event, commit start → `change` frame received. Without DATABASE_URL it uses the
// embedded database that `npm start` serves (named in .data/pg.lock).
// Sign-in: BENCH_COOKIE (a Cookie header), else --email/--password (default the demo admin).
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/create-client";
import { emit } from "../../lib/server/events";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: `http://localhost:${process.env.PORT ?? 3000}` },
    clients: { type: "string", default: "50" },
    events: { type: "string", default: "20" },
    email: { type: "string", default: "admin@bridge.local" },
    password: { type: "string", default: "bridge-demo-pass" },
    "timeout-ms": { type: "string", default: "5000" },
    verbose: { type: "boolean", default: false },
  },
});
const base = values.url.replace(/\/$/, "");
const clients = Number(values.clients);
const events = Number(values.events);
const timeoutMs = Number(values["timeout-ms"]);

function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const lock = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.data/pg.lock");
  const url = (JSON.parse(readFileSync(lock, "utf8")) as { url?: string }).url;
  if (!url) throw new Error(`No DATABASE_URL, and ${lock} names no running embedded database`);
  return url;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in through next-auth's credentials endpoint, as the login form does. */
async function signIn(): Promise<string> {
  if (process.env.BENCH_COOKIE) return process.env.BENCH_COOKIE;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: values.email, password: values.password, json: "true" }),
  });
  const session = cookiesOf(response).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`Sign-in as ${values.email} failed (HTTP ${response.status})`);
  return [...jar, ...session].join("; ");
}

type Frame = { data: string; at: number };

/** One SSE client: collects `change` frames with the moment each arrived. */
async function openClient(cookie: string, signal: AbortSignal) {
  const response = await fetch(`${base}/api/events`, { headers: { cookie, accept: "text/event-stream" }, signal });
  if (response.status !== 200 || !response.body) throw new Error(`/api/events answered HTTP ${response.status}`);
  const frames: Frame[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.split("\n").includes("event: change")) continue;
        const data =
          block
            .split("\n")
            .find((l) => l.startsWith("data: "))
            ?.slice(6) ?? "";
        frames.push({ data, at: performance.now() });
      }
    }
  })();
  return frames;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(2);
  }
  return true;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const db = createPrismaClient(databaseUrl(), { max: 2 });
const controller = new AbortController();
try {
  const cookie = await signIn();
  const streams = await Promise.all(Array.from({ length: clients }, () => openClient(cookie, controller.signal)));
  // The hub resyncs everyone once it is listening; after that, every frame is ours.
  await waitFor(() => streams.every((frames) => frames.length > 0), 15_000);
  // Unmeasured warm-up: connections, JIT and the query compiler, here and in the server.
  for (let i = 0; i < 3; i++) {
    await db.$transaction((tx) => emit(tx, { type: "bench.warm-up" }));
    await sleep(300);
  }
  const latencies: number[] = [];
  let missed = 0;
  const run = Date.now().toString(36);
  for (let i = 0; i < events; i++) {
    const id = `bench-${run}-${i}`;
    const seen = streams.map((frames) => frames.length);
    const started = performance.now();
    await db.$transaction((tx) => emit(tx, { type: "bench.live", id }));
    // Our own event, or the resync that stands for it where the hub polls (embedded database).
    const arrival = (frames: Frame[], from: number) =>
      frames.slice(from).find((f) => f.data.includes(`"${id}"`) || f.data === '{"type":"resync"}');
    await waitFor(() => streams.every((frames, c) => arrival(frames, seen[c])), timeoutMs);
    const times = streams.map((frames, c) => arrival(frames, seen[c])?.at ?? NaN).map((at) => at - started);
    for (const t of times)
      if (Number.isNaN(t)) missed++;
      else latencies.push(t);
    if (values.verbose)
      console.log(`event ${i}: first_ms=${Math.min(...times).toFixed(1)} last_ms=${Math.max(...times).toFixed(1)}`);
    await sleep(50);
  }
  controller.abort();
  latencies.sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(1);
  if (missed) console.log(`missed=${missed} (not received within ${timeoutMs} ms)`);
  console.log(
    `live clients=${clients} events=${events} p50_ms=${ms(percentile(latencies, 50))} p99_ms=${ms(percentile(latencies, 99))} max_ms=${ms(latencies.at(-1) ?? NaN)}`,
  );
} finally {
  controller.abort();
  await db.$disconnect();
}
