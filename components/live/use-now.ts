"use client";

import { useEffect, useState } from "react";
import { useServerOffset } from "@/components/live/server-clock";

/**
 * The server-corrected time, ticking every second; null until mounted (the server renders a
 * placeholder so the first paint never shows a time the browser would immediately contradict).
 */
export function useNow(frozen = false): number | null {
  const offset = useServerOffset();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (frozen) return;
    const tick = () => setNow(Date.now() + offset);
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [offset, frozen]);
  return now;
}
