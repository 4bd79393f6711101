import Link from "next/link";
import { LEVELS, type Level } from "@/lib/domain/level";
import type { HeatCell } from "@/lib/domain/risks";

// Shade by how bad the cell is (probability × impact rank), not by count: an empty red cell is still a red cell.
const SHADES = ["bg-emerald-50", "bg-emerald-100", "bg-amber-50", "bg-amber-100", "bg-red-100", "bg-red-200"];
const rank = (l: Level) => LEVELS.indexOf(l);
// "Critical" rather than "CRITICAL": four headers fit a phone's width side by side.
const word = (l: Level) => l.charAt(0) + l.slice(1).toLowerCase();
const shade = (c: HeatCell) =>
  SHADES[Math.min(SHADES.length - 1, Math.floor(((rank(c.probability) + 1) * (rank(c.impact) + 1)) / 3))];

/** Probability × impact as a table: row and column headers, each cell a link that filters the register. */
export function HeatMap({ grid, selected }: { grid: HeatCell[][]; selected?: { p?: string; i?: string } }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full table-fixed border-separate border-spacing-1 text-sm">
        <caption className="sr-only">Risks by probability (rows) and impact (columns)</caption>
        <thead>
          <tr>
            <td className="w-16 text-[11px] leading-tight text-slate-600">Probability ↓ / Impact →</td>
            {LEVELS.map((i) => (
              <th key={i} scope="col" className="text-center text-[11px] font-semibold text-slate-700">
                {word(i)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row[0].probability}>
              <th scope="row" className="text-left text-xs font-semibold text-slate-700">
                {word(row[0].probability)}
              </th>
              {row.map((c) => {
                const on = selected?.p === c.probability && selected?.i === c.impact;
                return (
                  <td key={c.impact} className="p-0">
                    <Link
                      href={on ? "/dr/risks" : `/dr/risks?p=${c.probability}&i=${c.impact}`}
                      aria-label={`${c.count} ${c.count === 1 ? "risk" : "risks"} with ${c.probability.toLowerCase()} probability and ${c.impact.toLowerCase()} impact`}
                      aria-current={on ? "true" : undefined}
                      className={`flex min-h-11 items-center justify-center rounded-md text-base font-semibold tabular-nums ${shade(c)} ${on ? "ring-2 ring-indigo-600" : "ring-1 ring-slate-200"} hover:ring-indigo-400`}
                    >
                      {c.count}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
