"use client";

import { useEffect, useState } from "react";
import { formatSpan } from "@/components/live/countdown";
import { useServerOffset } from "@/components/live/server-clock";

/** Time since `from`, ticking every second on the server-corrected clock. */
export function Elapsed({ from, label }: { from: string; label?: string }) {
  const offset = useServerOffset();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offset]);
  if (now === null) return <span className="font-mono tabular-nums text-slate-400">--:--</span>;
  const span = formatSpan(Math.max(0, now - new Date(from).getTime()));
  return (
    <span role="timer" aria-label={label ? `${label}: ${span}` : undefined} className="font-mono tabular-nums text-slate-900">
      {span}
    </span>
  );
}
