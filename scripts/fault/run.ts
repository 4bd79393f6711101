// npm run test:fault [-- --short] [--db-prefix NAME] [--only TEXT] — fault tests for the deadline worker
// with the settings users run: kill -9 mid-send, database outage mid-send, several workers at once,
// SMTP down then up. Each on a fresh database; the
// last line is `fault: N passed, N failed`, and the exit code is non-zero on any failure.
import { parseArgs } from "node:util";
import { dropTemplate, copyFromTemplate } from "./database";
import { SCENARIOS } from "./scenarios";

const { values } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    "db-prefix": { type: "string", default: "bridge_fault" },
    only: { type: "string" },
  },
});
const short = values.short ?? false;
const prefix = values["db-prefix"] ?? "bridge_fault";

let passed = 0;
let failed = 0;
const started = Date.now();
// Every scenario starts from a copy of one migrated and seeded database.
copyFromTemplate(`${prefix}_template_${process.pid}`);
for (const [index, scenario] of SCENARIOS.entries()) {
  if (values.only && !scenario.name.includes(values.only)) continue;
  const t0 = Date.now();
  console.log(`fault ${index + 1}/${SCENARIOS.length}: ${scenario.name}${short ? " (short)" : ""}`);
  try {
    const outcome = await scenario.run({ short, database: `${prefix}_${index + 1}_${process.pid}` });
    for (const note of outcome.notes) console.log(`  ${note}`);
    for (const problem of outcome.problems) console.log(`  FAIL: ${problem}`);
    if (outcome.problems.length) failed++;
    else passed++;
  } catch (error) {
    failed++;
    console.log(`  FAIL: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`  took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
await dropTemplate();
console.log(`fault tests took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`fault: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
