// npm run test:fault [-- --short] [--db-prefix NAME] [--only TEXT] — fault tests for the delivery
// engine with the settings users run: the whole `npm start` killed with -9 mid-send, a worker
// killed mid-send, the database refused and stalled mid-send, several workers at once, SMTP down
// then up, a slow webhook beside due pages, a burst of declarations over HTTP. Each on a fresh
// database with real receivers. It ends with one table (scenario, expected, delivered, lost,
// duplicated, receiver duplicates, lateness, recovery), then `fault: N passed, N failed`; the exit
// code is non-zero on any failure. `--short` runs the scenarios marked short, in their short form.
import { parseArgs } from "node:util";
import { buildIfStale } from "../build-if-stale";
import { projectRoot } from "../db/schema-engine";
import { dropTemplate, copyFromTemplate } from "./database";
import { SCENARIOS } from "./scenarios";
import { formatTable, type TableRow } from "./table";

const { values } = parseArgs({
  options: {
    short: { type: "boolean", default: false },
    "db-prefix": { type: "string", default: "bridge_fault" },
    only: { type: "string" },
  },
});
const short = values.short ?? false;
const prefix = values["db-prefix"] ?? "bridge_fault";
const chosen = SCENARIOS.filter((s) => (!short || s.short) && (!values.only || s.name.includes(values.only)));

const rows: TableRow[] = [];
const started = Date.now();
// The scenarios that run `npm start` need the production build it serves; made once, up front.
if (chosen.some((s) => s.app)) await buildIfStale(projectRoot);
// Every scenario starts from a copy of one migrated and seeded database.
copyFromTemplate(`${prefix}_template_${process.pid}`);
for (const [index, scenario] of chosen.entries()) {
  const t0 = Date.now();
  console.log(`fault ${index + 1}/${chosen.length}: ${scenario.name}${short ? " (short)" : ""}`);
  try {
    const outcome = await scenario.run({ short, database: `${prefix}_${index + 1}_${process.pid}` });
    for (const note of outcome.notes) console.log(`  ${note}`);
    for (const problem of outcome.problems) console.log(`  FAIL: ${problem}`);
    rows.push({ name: scenario.name, passed: outcome.problems.length === 0, figures: outcome.figures });
  } catch (error) {
    rows.push({ name: scenario.name, passed: false });
    console.log(`  FAIL: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`  took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
await dropTemplate();
const passed = rows.filter((r) => r.passed).length;
console.log(`\n${formatTable(rows)}\n`);
console.log(`fault tests took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`fault: ${passed} passed, ${rows.length - passed} failed`);
process.exitCode = rows.length - passed > 0 ? 1 : 0;
