// Filters for reading the audit log; shared by the admin page and the API.
import { z } from "zod";
import { optionalText as text } from "./text";

const optionalText = text(200);
const optionalDate = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.date({ error: "Enter a valid date" }).optional(),
);

// A bare date as the end of a range means the whole of that day (UTC).
const endOfDay = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59.999Z` : v);

export const auditFilterSchema = z.object({
  actor: optionalText,
  action: optionalText,
  entityType: optionalText,
  from: optionalDate,
  to: z.preprocess(endOfDay, optionalDate),
  cursor: optionalText,
  take: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
