"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";

type LiveState = "connecting" | "live" | "reconnecting" | "off";

const LABELS: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  off: "Live updates off",
};
const DOT: Record<LiveState, string> = {
  connecting: "bg-slate-400",
  live: "bg-emerald-500",
  reconnecting: "bg-amber-500",
  off: "bg-red-500",
};
// After a refused connection (e.g. a signed-out session) the browser gives up; try again later.
const REOPEN_MS = 10_000;
const STUCK_MS = 15_000;

/**
 * Re-renders the page from the server when Bridge announces a change. Events are only a
 * wake-up: the page refetches, so a missed event costs at most one refresh, never wrong state.
 * `match` narrows which events matter (e.g. one incident's id); none means any. `types` narrows
 * them by kind (e.g. incident changes, not every SLO sample), or by kind and id ("slo:<id>": one
 * SLO's samples). `since` (when
 * the page was read, ISO) lets the server resync at once if something changed in between.
 */
export function LiveRefresh({
  match,
  types,
  since,
  showStatus = false,
}: {
  match?: string;
  types?: readonly string[];
  since?: string;
  showStatus?: boolean;
}) {
  const router = useRouter();
  // A fresh array each render must not reconnect: the effect depends on the kinds joined.
  const typeKey = types?.join(",");
  const [state, setState] = useState<LiveState>("connecting");
  const [refreshing, startTransition] = useTransition();
  // Read once per connection: a refresh re-renders with a newer `since` but must not reconnect.
  const sinceRef = useRef(since);
  // A burst of events makes one refresh, plus one more if any came while it was in flight:
  // restarting a refresh on every event could starve it for as long as the burst lasts.
  const dirty = useRef(false);
  const busy = useRef(false);
  const startedAt = useRef(0);
  const flush = useCallback(() => {
    // A refresh that has not settled after STUCK_MS is given up on, so one refresh that never
    // settles cannot silence the page's live updates.
    if (!dirty.current || (busy.current && Date.now() - startedAt.current < STUCK_MS)) return;
    dirty.current = false;
    startedAt.current = Date.now();
    startTransition(() => router.refresh());
  }, [router]);
  useEffect(() => {
    busy.current = refreshing;
    if (!refreshing) flush();
  }, [refreshing, flush]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let reopen: ReturnType<typeof setTimeout> | null = null;
    let source: EventSource | null = null;
    let opened = false;
    // Still owed a refresh while one is in flight: normally its end flushes; the watchdog looks
    // again in case it never ends. Its own timer, so it never holds up the next event's refresh.
    let watchdog: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      flush();
      if (dirty.current)
        watchdog ??= setTimeout(() => {
          watchdog = null;
          run();
        }, STUCK_MS);
    };
    const refresh = () => {
      dirty.current = true;
      timer ??= setTimeout(run, 50);
    };
    const onChange = (event: Event) => {
      const kinds = typeKey?.split(",");
      if (!match && !kinds) return refresh();
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as { id?: string; type?: string };
        if (data.type === "resync") return refresh();
        if (kinds && !kinds.includes(data.type ?? "") && !kinds.includes(`${data.type}:${data.id}`)) return;
        if (!match || data.id === match) refresh();
      } catch {
        refresh();
      }
    };
    const open = () => {
      const url = sinceRef.current ? `/api/events?since=${encodeURIComponent(sinceRef.current)}` : "/api/events";
      source = new EventSource(url);
      source.addEventListener("change", onChange);
      source.addEventListener("open", () => {
        setState("live");
        // After a dropped connection the browser reconnects by itself; catch up on what was missed.
        if (opened) refresh();
        opened = true;
      });
      source.addEventListener("error", () => {
        if (source?.readyState !== EventSource.CLOSED) return setState("reconnecting");
        setState("off");
        source.close();
        reopen = setTimeout(open, REOPEN_MS);
      });
    };
    open();
    return () => {
      source?.close();
      if (timer) clearTimeout(timer);
      if (watchdog) clearTimeout(watchdog);
      if (reopen) clearTimeout(reopen);
    };
  }, [match, typeKey, flush]);
  if (!showStatus) return <span hidden data-live-state={state} />;
  return (
    <span
      role="status"
      data-live-state={state}
      className="inline-flex items-center gap-1.5 rounded-full bg-white px-2.5 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-200"
    >
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[state]}`} />
      {LABELS[state]}
    </span>
  );
}
