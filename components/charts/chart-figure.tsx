import type { ReactNode } from "react";
import { Table, Td } from "@/components/ui/table";

/**
 * A chart as a named figure: its caption names it, the same data is one click away as a table
 * (for screen readers, keyboards and exact values), and without data it says what to do next.
 */
export function ChartFigure({
  id,
  title,
  summary,
  chart,
  table,
  empty,
}: {
  id: string;
  title: string;
  /** One line under the title: what the chart compares ("target 99.9 %"). */
  summary?: ReactNode;
  chart: ReactNode;
  table: { caption: string; head: string[]; rows: string[][] };
  /** Shown instead of the chart and table when set. */
  empty?: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <figure
      aria-labelledby={titleId}
      className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid={`chart-${id}`}
    >
      <figcaption className="mb-2">
        <h2 id={titleId} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {summary ? <p className="mt-0.5 text-xs text-slate-600">{summary}</p> : null}
      </figcaption>
      {empty ? (
        <div className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-700">{empty}</div>
      ) : (
        <>
          {chart}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-indigo-700">Show as a table</summary>
            <div className="mt-2 max-h-80 overflow-y-auto">
              <Table caption={table.caption} head={table.head}>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <Td key={j} className="whitespace-nowrap tabular-nums">
                        {cell}
                      </Td>
                    ))}
                  </tr>
                ))}
              </Table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
