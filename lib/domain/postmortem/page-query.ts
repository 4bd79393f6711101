// The query of GET /api/v1/postmortems: a status to keep, and a page after the cursor.
import { z } from "zod";
import { POSTMORTEM_STATUSES } from "../postmortem-status";
import { ID_MAX, optionalText } from "../text";
import { chooseOne } from "../vocabulary";

export const postmortemPageSchema = z.object({
  status: z.enum(POSTMORTEM_STATUSES, { error: chooseOne(POSTMORTEM_STATUSES) }).optional(),
  cursor: optionalText(ID_MAX).describe("The `nextCursor` of the previous page."),
  take: z.coerce.number().int().min(1).max(100).default(25).describe("Items per page (default 25, at most 100)."),
});
export type PostmortemPageQuery = z.output<typeof postmortemPageSchema>;
