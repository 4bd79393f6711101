"use client";

import { useSyncExternalStore } from "react";
import { useServerOffset } from "@/components/live/server-clock";

// One clock for every countdown on the page, ticking on the second. A timer per countdown made a
// page with a hundred of them re-render a hundred times a second, at scattered moments, and each
// of those renders interrupted a refresh of the page in progress: with enough countdowns a live
// refresh could be put off for as long as the page stayed open.
const listeners = new Set<() => void>();
let current: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function tick() {
  current = Date.now();
  for (const listener of listeners) listener();
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (timer === null) tick();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearTimeout(timer);
      timer = null;
      current = null;
    }
  };
}

const noSubscription = () => () => {};
const getSnapshot = () => current;
// The server renders a placeholder, so the first paint never shows a time the browser would contradict.
const getServerSnapshot = () => null;
const never = () => null;

/** The server-corrected time, ticking every second; null until mounted, and while `frozen`. */
export function useNow(frozen = false): number | null {
  const offset = useServerOffset();
  const now = useSyncExternalStore(
    frozen ? noSubscription : subscribe,
    frozen ? never : getSnapshot,
    getServerSnapshot,
  );
  return now === null ? null : now + offset;
}
