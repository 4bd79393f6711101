// Bridge as users run it, for the fault tests: `npm start` (scripts/start.ts: the web server and
// the worker as child processes) in a process group of its own, so that a scenario can kill the
// whole tree at once with -9, as a crashed host or an OOM kill of the service does.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../db/schema-engine";
import { sleep, waitFor } from "./harness";

export type AppProcess = {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  /** Everything the tree printed: start-up lines, the web server's, the worker's JSON log lines. */
  output: string[];
  exited: Promise<void>;
};

// A group must not outlive the script that started it, however it ends.
const groups = new Set<number>();
process.once("exit", () => groups.forEach((pid) => killGroup(pid, "SIGKILL")));

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Starts `npm start`'s script in a new process group on `port`, with `env` (DATABASE_URL, SMTP_*, secrets). */
export function startApp(name: string, port: number, env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, "node_modules/tsx/dist/cli.mjs"), path.join(projectRoot, "scripts/start.ts")],
    {
      cwd: projectRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start npm start's script");
  groups.add(pid);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => groups.delete(pid));
  return { name, baseUrl: `http://127.0.0.1:${port}`, child, output, exited };
}

/** Resolves once the web server answers and the worker has started; returns how long that took. */
export async function appReady(app: AppProcess, timeoutMs = 120_000): Promise<number> {
  return waitFor(
    `${app.name} serving and its worker started`,
    async () => {
      if (app.child.exitCode !== null) throw new Error(`${app.name} exited: ${app.output.slice(-10).join("\n")}`);
      if (!app.output.some((l) => l.includes('"msg":"worker started"'))) return false;
      const response = await fetch(`${app.baseUrl}/login`, { signal: AbortSignal.timeout(5000) }).catch(() => null);
      return response !== null && response.status < 500;
    },
    timeoutMs,
  );
}

/** kill -9 of every process in the tree at once: nothing gets to clean up. */
export async function killTree(app: AppProcess): Promise<void> {
  if (app.child.pid) killGroup(app.child.pid, "SIGKILL");
  await app.exited;
}

/** A graceful stop (SIGTERM, as a service manager sends), then -9 for what is left after 15 s. */
export async function stopApp(app: AppProcess): Promise<void> {
  const pid = app.child.pid;
  if (!pid || !groups.has(pid)) return;
  killGroup(pid, "SIGTERM");
  await Promise.race([app.exited, sleep(15_000)]);
  killGroup(pid, "SIGKILL");
  await app.exited;
}
