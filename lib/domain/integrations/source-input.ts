// What an admin sets on an integration source; one shape for the form, the action and the service.
import { z } from "zod";
import { SEVERITIES } from "../severity";
import { ID_MAX, text } from "../text";
import { chooseOne } from "../vocabulary";
import type { SeverityMap } from "./severity-map";
import { SOURCE_KINDS } from "./vocabulary";

const severity = z.enum(SEVERITIES, { error: chooseOne(SEVERITIES) });
const id = text(ID_MAX, { error: "Source is required" }).min(1, "Source is required");

const mapRow = z.object({
  value: text(100, { error: "Enter the source's value" })
    .min(1, "Enter the source's value")
    .transform((v) => v.toLowerCase()),
  severity,
});

/** Rows of (source value → severity), each value once; stored as an object keyed by value. */
const severityMap = z
  .array(mapRow, { error: "Must be a list of value → severity rows" })
  .max(50, "At most 50 rows")
  .superRefine((rows, issue) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.value))
        issue.addIssue({ code: "custom", path: [index, "value"], message: `“${row.value}” is mapped twice` });
      seen.add(row.value);
    });
  })
  .transform((rows): SeverityMap => Object.fromEntries(rows.map((r) => [r.value, r.severity])));

const settings = {
  name: text(80, { error: "Name is required" }).min(3, "At least 3 characters"),
  severityLabel: text(100).min(1, "Name the label").default("severity"),
  severityMap,
  defaultSeverity: severity.default("SEV3"),
  componentSlugs: z
    .array(text(200).min(1, "Empty slug"), { error: "Choose the components" })
    .min(1, "Choose at least one component")
    .transform((s) => [...new Set(s)]),
  autoResolve: z.boolean({ error: "Must be true or false" }).default(false),
};

export const createSourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS, { error: chooseOne(SOURCE_KINDS) }),
  ...settings,
});
export type CreateSourceInput = z.infer<typeof createSourceSchema>;

export const updateSourceSchema = z.object({ id, ...settings });
export const setSourceEnabledSchema = z.object({ id, enabled: z.boolean({ error: "Must be true or false" }) });
export const sourceIdSchema = z.object({ id });
