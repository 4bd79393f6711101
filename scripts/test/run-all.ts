// `npm test`: vitest (unit + integration), a production build, then the short fault tests (one of
// them runs Bridge as `npm start` does, so it uses that build) beside Playwright. The fault tests
// spend most of their two minutes waiting out outages, so they share the machine with the browser
// tests instead of running before them; each line of theirs is marked `fault │`. The JSON
// reports are summed into one closing line for CI: `tests: N passed, N failed`. A runner that
// dies before reporting counts as a failure.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { answers } from "../db/embedded";
import { projectRoot } from "../db/schema-engine";
import { missingChromium } from "./browser-check";

type Tally = { name: string; passed: number; failed: number; skipped: number; note?: string };

const REPORTS = path.join(projectRoot, "test-results");
const VITEST_REPORT = path.join(REPORTS, "vitest.json");
const PLAYWRIGHT_REPORT = path.join(REPORTS, "playwright.json");
const bin = (file: string) => path.join(projectRoot, "node_modules", file);

/** Runs a Node script; its output streams through, or with `onLine` is handed over line by line. */
function run(args: string[], onLine?: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      stdio: onLine ? ["inherit", "pipe", "pipe"] : "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (onLine)
      for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream! }).on("line", onLine);
    child.on("error", (error) => {
      console.error(`could not start ${args[0]}:`, error.message);
      resolve(1);
    });
    // "close", not "exit": it comes once the output has been read to its end.
    child.on("close", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function readReport<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** A non-zero exit with no failed test recorded (a crash, a file that failed to load) is one failure. */
function settle(tally: Tally, exitCode: number): Tally {
  if (exitCode !== 0 && tally.failed === 0)
    return { ...tally, failed: 1, note: `exited with code ${exitCode} without a failed test` };
  return tally;
}

async function vitest(): Promise<Tally> {
  rmSync(VITEST_REPORT, { force: true });
  const code = await run([
    bin("vitest/vitest.mjs"),
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${VITEST_REPORT}`,
  ]);
  const report = readReport<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(VITEST_REPORT);
  if (!report) return settle({ name: "vitest", passed: 0, failed: 0, skipped: 0, note: "no report" }, code || 1);
  return settle(
    {
      name: "vitest",
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    },
    code,
  );
}

/** The fault scenarios marked short (kill -9 of `npm start`, database outage and stall, SMTP down) in their short form. */
async function fault(): Promise<Tally> {
  // Several worker processes racing for one queue need a real PostgreSQL server, not the embedded one.
  if (!(await answers(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres"))) {
    const hint =
      "start PostgreSQL, then run `DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run test:fault -- --short`";
    return {
      name: "fault",
      passed: 0,
      failed: 0,
      skipped: 4,
      note: `not run: no PostgreSQL server answers; to run them, ${hint}`,
    };
  }
  const lines: string[] = [];
  const code = await run(
    ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "scripts/fault/run.ts"), "--short"],
    (line) => {
      lines.push(line);
      console.log(`fault │ ${line}`);
    },
  );
  // Their closing line; stderr interleaves with stdout, so it is looked for, not expected last.
  const match = lines.map((line) => /^fault: (\d+) passed, (\d+) failed$/.exec(line)).findLast(Boolean);
  if (!match) return settle({ name: "fault", passed: 0, failed: 0, skipped: 0, note: "no summary line" }, code || 1);
  return settle({ name: "fault", passed: Number(match[1]), failed: Number(match[2]), skipped: 0 }, code);
}

async function playwright(): Promise<Tally> {
  rmSync(PLAYWRIGHT_REPORT, { force: true });
  const noBrowser = await missingChromium();
  if (noBrowser) {
    console.error(`playwright: ${noBrowser}`);
    return { name: "playwright", passed: 0, failed: 1, skipped: 0, note: `not run: ${noBrowser}` };
  }
  const code = await run([bin("@playwright/test/cli.js"), "test"]);
  const report = readReport<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
    PLAYWRIGHT_REPORT,
  );
  if (!report) return settle({ name: "playwright", passed: 0, failed: 0, skipped: 0, note: "no report" }, code || 1);
  const { expected, unexpected, flaky, skipped } = report.stats;
  return settle({ name: "playwright", passed: expected + flaky, failed: unexpected, skipped }, code);
}

const started = Date.now();
mkdirSync(REPORTS, { recursive: true });
const tallies: Tally[] = [];
tallies.push(await vitest());

console.log("\n> next build");
const built =
  (await run([bin("next/dist/bin/next"), "build"])) === 0 &&
  existsSync(path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
// Without a build, `npm start` in the fault tests and Playwright's server would build again (and fail the same way).
if (built) tallies.push(...(await Promise.all([fault(), playwright()])));
else
  for (const name of ["fault", "playwright"])
    tallies.push({ name, passed: 0, failed: 1, skipped: 0, note: "not run: next build failed" });

console.log("\nsummary:");
for (const t of tallies) {
  const extra = [t.skipped ? `${t.skipped} skipped` : "", t.note ?? ""].filter(Boolean).join("; ");
  console.log(`  ${t.name}: ${t.passed} passed, ${t.failed} failed${extra ? ` (${extra})` : ""}`);
}
console.log(`  took ${((Date.now() - started) / 1000).toFixed(0)} s`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
