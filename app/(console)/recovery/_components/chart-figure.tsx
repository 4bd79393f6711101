import type { ReactNode } from "react";

/**
 * A chart with its accessible name, a short caption, and the same numbers as a table below it
 * (collapsed: screen-reader and keyboard users open it, everyone can). With nothing to plot it
 * shows `empty` instead, which says what to do next.
 */
export function ChartFigure({
  name,
  caption,
  empty,
  chart,
  table,
}: {
  name: string;
  caption?: ReactNode;
  /** Shown instead of chart and table when there is nothing to plot. */
  empty: ReactNode | null;
  chart: ReactNode;
  table: ReactNode;
}) {
  if (empty) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <figure className="min-w-0 space-y-2">
      <div role="img" aria-label={name} className="h-64 w-full min-w-0">
        {chart}
      </div>
      {caption ? <figcaption className="text-xs text-slate-600">{caption}</figcaption> : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700">Table view: {name}</summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}
