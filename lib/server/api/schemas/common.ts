import "server-only";
import { z } from "zod";
import { STATUSES } from "@/lib/domain/incident-status";
import { SEVERITIES, SEVERITY_SCALE } from "@/lib/domain/severity";
import { named } from "../schema-registry";

// Shapes many resources share. Times on the wire are RFC 3339 in UTC (`…Z`): Date values are
// serialised by JSON.stringify, which always writes UTC.

export const time = z.iso.datetime().describe("RFC 3339, UTC");
export const nullableTime = time.nullable();

export const Severity = named("Severity", z.enum(SEVERITIES), SEVERITY_SCALE);
export const Status = named("Status", z.enum(STATUSES));

/** The incident number of a path (`/incidents/{number}`); anything else names no incident (404). */
export const numberParams = z.object({
  number: z.coerce.number().int().min(1).max(999_999_999).describe("The incident number shown in the console (#42)."),
});

/** A page of a cursor-paginated list. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  });

/** `take` and `cursor` of a list's query. */
export const pageQuery = {
  cursor: z.string().max(200).optional().describe("The `nextCursor` of the previous page."),
  take: z.coerce.number().int().min(1).max(100).optional().describe("Items per page (default 25, at most 100)."),
};
