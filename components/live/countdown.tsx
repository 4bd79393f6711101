"use client";

import { useNow } from "./use-now";

export function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
  return h ? `${h}:${mmss}` : mmss;
}

/**
 * Ticks every second towards `deadline` using the server-corrected clock. Past the deadline it
 * shows how late, in red. `frozenAt` stops it (e.g. a component restored, a page acknowledged).
 * `overdueText` words the lateness ("breached by 01:05") instead of a minus sign.
 */
export function Countdown({
  deadline,
  frozenAt,
  label,
  overdueText,
}: {
  deadline: string;
  frozenAt?: string | null;
  label?: string;
  overdueText?: string;
}) {
  const now = useNow(Boolean(frozenAt));
  const at = frozenAt ? new Date(frozenAt).getTime() : now;
  if (at === null) return <span className="font-mono tabular-nums text-slate-400">--:--</span>;
  const left = new Date(deadline).getTime() - at;
  const late = left < 0;
  return (
    <span
      role="timer"
      aria-label={
        label ? `${label}: ${late ? (overdueText ?? "overdue by") : "due in"} ${formatSpan(left)}` : undefined
      }
      data-overdue={late ? "true" : "false"}
      className={`font-mono tabular-nums ${late ? "font-semibold text-red-700" : "text-slate-900"}`}
    >
      {late ? (overdueText ? `${overdueText} ${formatSpan(left)}` : `−${formatSpan(left)}`) : formatSpan(left)}
    </span>
  );
}
