// The demo's traffic: one curve for the seeded month (prisma/seed-sli.ts) and the live feed that
// carries it on minute by minute (lib/server/demo/feed.ts), so the charts do not change shape
// where the seed ends and the feed begins.

const FIVE_MIN = 5 * 60_000;
/** Requests per five minutes at the quietest hour (02:00 UTC), and how many more at the busiest (14:00). */
export const DEMO_TRAFFIC = { quiet: 2000, swing: 10_000 } as const;
const WEEKEND = 0.55;

/**
 * Requests in the `stepMs` starting at `t`: ~2,000 per five minutes at 02:00 UTC to ~12,000 at
 * 14:00 on weekdays, with a smaller swing at weekends; `rand` (0–1) adds ±5 %.
 */
export function demoRequests(t: number, stepMs: number, rand: () => number): number {
  const date = new Date(t);
  const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
  const daily = (1 - Math.cos((2 * Math.PI * (hour - 2)) / 24)) / 2;
  const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6 ? WEEKEND : 1;
  return Math.round(
    (DEMO_TRAFFIC.quiet + DEMO_TRAFFIC.swing * daily * weekend) * (stepMs / FIVE_MIN) * (0.95 + 0.1 * rand()),
  );
}
