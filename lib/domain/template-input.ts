// The template editor's input, shared by the form, its action and the services. A placeholder the
// vocabulary does not know is refused next to the field that names it, listing the known ones.
import { z } from "zod";
import { unknownPlaceholderMessage, unknownPlaceholders } from "./placeholders";
import { CHOOSE_AUDIENCE, CHOOSE_STATE, TEMPLATE_AUDIENCES, TEMPLATE_STATES } from "./template-vocabulary";
import { ID_MAX, text } from "./text";

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const SHORT_MAX = 500;

const required = (label: string, max: number) =>
  text(max, { error: `${label} is required` }).min(1, `${label} is required`);

/** Text with `{placeholders}`, all of which must be known; required unless `label` is left out. */
function templated(max: number, label?: string) {
  return (label ? required(label, max) : text(max)).superRefine((value, ctx) => {
    const unknown = unknownPlaceholders(value);
    if (unknown.length) ctx.addIssue({ code: "custom", message: unknownPlaceholderMessage(unknown) });
  });
}

export const templateFieldsSchema = z.object({
  name: required("Name", 120),
  description: text(500).default(""),
  state: z.enum(TEMPLATE_STATES, { error: CHOOSE_STATE }),
  audience: z.enum(TEMPLATE_AUDIENCES, { error: CHOOSE_AUDIENCE }),
  subject: templated(SUBJECT_MAX, "Subject"),
  body: templated(BODY_MAX, "Body"),
  shortText: templated(SHORT_MAX).default(""),
});
export type TemplateFields = z.infer<typeof templateFieldsSchema>;

/** Keys are in links and in the plan's vocabulary (`initial_notification`): lower case and underscores. */
export const TEMPLATE_KEY = /^[a-z][a-z0-9_]{1,59}$/;

export const createTemplateSchema = templateFieldsSchema.extend({
  key: text(60, { error: "Key is required" })
    .min(1, "Key is required")
    .regex(TEMPLATE_KEY, "2–60 lower-case letters, digits or underscores, starting with a letter"),
});
export type CreateTemplateInput = z.infer<typeof createTemplateSchema>;

const id = text(ID_MAX, { error: "Template is required" }).min(1, "Template is required");

export const saveTemplateSchema = templateFieldsSchema.extend({
  id,
  // The version the editor started from: saving over a newer one would silently undo it.
  baseVersion: z.coerce.number().int().positive().optional(),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

export const restoreVersionSchema = z.object({ id, version: z.coerce.number().int().positive() });
export const templateByIdSchema = z.object({ id });
