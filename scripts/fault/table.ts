// The closing table of a fault run: one row per scenario, in Markdown so that it can be pasted
// into docs/BENCHMARKS.md as printed.
import { seconds, type Figures } from "./scenario";

export type TableRow = { name: string; passed: boolean; figures?: Figures };

const HEAD = [
  "scenario",
  "result",
  "expected",
  "delivered",
  "lost",
  "duplicated (records)",
  "receiver duplicates",
  "max lateness",
  "recovery / drain",
];

function receiverCell(f: Figures): string {
  if (f.receiverDuplicates === 0) return "0";
  return `${f.receiverDuplicates} (${f.insideWindow ? "inside the window" : "OUTSIDE the window"})`;
}

function cells(row: TableRow): string[] {
  const f = row.figures;
  const result = row.passed ? "pass" : "FAIL";
  if (!f) return [row.name, result, "-", "-", "-", "-", "-", "-", "-"];
  return [
    row.name,
    result,
    String(f.expected),
    String(f.delivered),
    String(f.lost),
    String(f.duplicated),
    receiverCell(f),
    seconds(f.maxLatenessMs),
    f.recovery,
  ];
}

export function formatTable(rows: TableRow[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(HEAD), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map((r) => line(cells(r)))].join(
    "\n",
  );
}
