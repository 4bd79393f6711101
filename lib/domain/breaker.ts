// A circuit breaker per delivery target (the SMTP server; each webhook URL's and push service's
// origin). After a few failures in a row the target is taken for down: deliveries to it wait
// instead of failing, and one probe at a time tests it. The probe's success closes it and releases everyone waiting.
import { exponentialDelay } from "./backoff";
import type { Tone } from "./vocabulary";

export const BREAKER_STATES = ["CLOSED", "OPEN", "HALF_OPEN"] as const;
export type BreakerStateName = (typeof BREAKER_STATES)[number];

/** A stored state; an unknown one (a row from a newer version) reads as closed, so sends go. */
export function breakerState(stored: string): BreakerStateName {
  return (BREAKER_STATES as readonly string[]).includes(stored) ? (stored as BreakerStateName) : "CLOSED";
}

/** How a target's breaker reads to an admin (a closed one is listed only after failures). */
export const BREAKER_STATE_LABEL: Record<BreakerStateName, { label: string; tone: Tone }> = {
  OPEN: { label: "Down: waiting for a probe", tone: "red" },
  HALF_OPEN: { label: "Probing", tone: "amber" },
  CLOSED: { label: "Up, after failures", tone: "gray" },
};

/** `retryAt`: OPEN, when the next probe may go; HALF_OPEN, when a probe whose worker died is given up on. */
export type Breaker = { state: BreakerStateName; failures: number; opens: number; retryAt: Date | null };

export const CLOSED_BREAKER: Breaker = { state: "CLOSED", failures: 0, opens: 0, retryAt: null };

/** Failures in a row (with no success between) that open a closed breaker. */
export const OPEN_AFTER_FAILURES = 3;
// Probes go every second at first, then at most every 4 s: a target that is back is found within 4 s.
const FIRST_PROBE_MS = 1_000;
const MAX_PROBE_MS = 4_000;
/** How long a probe may take before another worker probes instead (its worker may have died). */
export const PROBE_LEASE_MS = 15_000;
/** A delivery waiting on an open breaker looks again after this long at the latest; closing releases it sooner. */
export const WAIT_MS = 30_000;

/** The pause before probe number `opens` (1 after the breaker first opens). */
export function probeDelay(opens: number): number {
  return exponentialDelay(opens, FIRST_PROBE_MS, MAX_PROBE_MS);
}

export type Admission = { kind: "send" } | { kind: "probe"; next: Breaker } | { kind: "wait"; until: Date };

/** Whether a delivery to the target may go now: freely, as the one probe, or not before `until`. */
export function admit(b: Breaker, now: Date): Admission {
  if (b.state === "CLOSED") return { kind: "send" };
  if (b.retryAt === null || b.retryAt.getTime() <= now.getTime())
    return { kind: "probe", next: { ...b, state: "HALF_OPEN", retryAt: new Date(now.getTime() + PROBE_LEASE_MS) } };
  // Waiters come back a while after the next probe is due: a success releases them at once anyway.
  return { kind: "wait", until: new Date(Math.max(b.retryAt.getTime(), now.getTime()) + WAIT_MS) };
}

/** After a send succeeded: closed. `released`: it was not closed, so the deliveries waiting on it go now. */
export function onSuccess(b: Breaker): { next: Breaker; released: boolean } {
  return { next: CLOSED_BREAKER, released: b.state !== "CLOSED" };
}

/** After a send failed: a failed probe reopens it with a longer pause; enough failures in a row open a closed one. */
export function onFailure(b: Breaker, now: Date): Breaker {
  const failures = b.failures + 1;
  if (b.state === "OPEN") return { ...b, failures };
  if (b.state === "HALF_OPEN" || failures >= OPEN_AFTER_FAILURES) {
    const opens = b.opens + 1;
    return { state: "OPEN", failures, opens, retryAt: new Date(now.getTime() + probeDelay(opens)) };
  }
  return { ...b, failures };
}

/**
 * The target a delivery answers to (its breaker, and its share of a worker's sending slots): the
 * SMTP server for e-mail; the origin of the URL it is sent to for a webhook (the recipient) or a
 * push (the subscription's endpoint, on its browser's push service); none in the app. Stored on the
 * delivery when it is made.
 */
export function deliveryTarget(channel: string, url: string | null | undefined): string | null {
  if (channel === "EMAIL") return SMTP_TARGET;
  if ((channel !== "WEBHOOK" && channel !== "PUSH") || !url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export const SMTP_TARGET = "smtp";
