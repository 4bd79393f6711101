// Helpers for the live-update tests: a subscriber that records what it heard and when, and a
// wait that polls a condition until a deadline.
import { performance } from "node:perf_hooks";
import type { BridgeEvent } from "../events";
import type { LiveHub } from "./hub";

export type Heard = { event: BridgeEvent; at: number };

export async function until<T>(check: () => T | Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Subscribes to `hub` and keeps every event with the moment (performance.now) it arrived. */
export function record(hub: LiveHub, since?: Date) {
  const heard: Heard[] = [];
  const unsubscribe = hub.subscribe((event) => heard.push({ event, at: performance.now() }), since);
  return {
    heard,
    unsubscribe,
    clear: () => void heard.splice(0),
    /** The first recorded event that satisfies `match`. */
    waitFor: (match: (event: BridgeEvent) => boolean, timeoutMs: number, what = "an event") =>
      until(() => heard.find((h) => match(h.event)), timeoutMs, what),
  };
}

/** Waits until the hub is connected and has sent its first resync to `listener`. */
export async function ready(hub: LiveHub, listener: ReturnType<typeof record>): Promise<void> {
  await until(() => hub.stats().connected, 15_000, "the hub to connect");
  await listener.waitFor((e) => e.type === "resync", 5_000, "the resync sent on connect");
  listener.clear();
}
