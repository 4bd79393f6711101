"use client";

import { formatSpan } from "@/components/live/countdown";
import { useNow } from "./use-now";

/** Time since `since`, ticking; stops at `until` (e.g. when the incident was resolved). */
export function Elapsed({ since, until, label = "Elapsed" }: { since: string; until?: string | null; label?: string }) {
  const now = useNow(Boolean(until));
  const end = until ? new Date(until).getTime() : now;
  if (end === null) return <span className="font-mono tabular-nums text-slate-400">--:--</span>;
  const text = formatSpan(Math.max(0, end - new Date(since).getTime()));
  return (
    <span role="timer" aria-label={`${label}: ${text}`} className="font-mono tabular-nums">
      {text}
    </span>
  );
}
