// The query of GET /api/v1/slos/{key}/samples: a time range of raw samples, bounded so one call
// never reads more than a day of them, and paged by the time of the last sample shown.
import { z } from "zod";

/** The longest range one call may ask for. */
export const MAX_SAMPLE_RANGE_MS = 24 * 60 * 60_000;
export const SAMPLES_PER_PAGE = { default: 500, max: 1000 } as const;

// The description sits on the string, the side a client sends (and the document shows).
const instant = (what: string, description: string) =>
  z.iso
    .datetime({ offset: true, error: `Give ${what} as RFC 3339, e.g. 2026-11-30T09:00:00Z` })
    .describe(description)
    .pipe(z.coerce.date());

export const sampleQuerySchema = z.object({
  from: instant("from", "Start of the range (inclusive)."),
  to: instant("to", "End of the range (exclusive); defaults to now. At most 24 hours after `from`.").optional(),
  cursor: instant("cursor", "The `nextCursor` of the previous page.").optional(),
  take: z.coerce
    .number()
    .int()
    .min(1)
    .max(SAMPLES_PER_PAGE.max)
    .default(SAMPLES_PER_PAGE.default)
    .describe(`Samples per page (default ${SAMPLES_PER_PAGE.default}, at most ${SAMPLES_PER_PAGE.max}).`),
});
export type SampleQuery = z.output<typeof sampleQuerySchema>;

/** The range a query reads at `now`, or the field and message of why it cannot. */
export function sampleRange(
  query: Pick<SampleQuery, "from" | "to">,
  now: Date,
): { from: Date; to: Date } | { field: "to"; message: string } {
  const to = query.to ?? now;
  if (to.getTime() <= query.from.getTime()) return { field: "to", message: "to must be after from" };
  if (to.getTime() - query.from.getTime() > MAX_SAMPLE_RANGE_MS)
    return { field: "to", message: "The range may span at most 24 hours; ask for the rest in another call" };
  return { from: query.from, to };
}
