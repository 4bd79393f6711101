"use client";

import { formatSpan } from "./countdown";
import { useNow } from "./use-now";

/**
 * The commander's promise: a countdown to the next update while it is not due, then how long
 * it is overdue, in whole minutes, in red.
 */
export function NextUpdateTimer({ due }: { due: string }) {
  const now = useNow();
  if (now === null) return <span className="font-mono tabular-nums text-slate-400">--:--</span>;
  const left = new Date(due).getTime() - now;
  if (left >= 0)
    return (
      <span role="timer" aria-label={`Next update due in ${formatSpan(left)}`} className="font-mono tabular-nums">
        {formatSpan(left)}
      </span>
    );
  const minutes = Math.floor(-left / 60_000);
  return (
    <span role="timer" data-overdue="true" className="font-semibold text-red-700">
      Update overdue by {minutes} min
    </span>
  );
}
