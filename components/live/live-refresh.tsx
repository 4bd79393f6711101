"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page from the server when Bridge announces a change. Events are only a
 * wake-up: the page refetches, so a missed event costs at most one refresh, never wrong state.
 * `match` narrows which events matter (e.g. one incident's id); none means any.
 */
export function LiveRefresh({ match }: { match?: string }) {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const source = new EventSource("/api/events");
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = null;
        router.refresh();
      }, 150);
    };
    source.addEventListener("change", (event) => {
      if (!match) return refresh();
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as { id?: string; type?: string };
        if (data.id === match || data.type === "resync") refresh();
      } catch {
        refresh();
      }
    });
    // After a dropped connection the browser reconnects by itself; catch up on what was missed.
    let reconnect = false;
    source.addEventListener("open", () => (reconnect ? refresh() : (reconnect = true)));
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [router, match]);
  return null;
}
