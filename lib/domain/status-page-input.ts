// Input shapes for managing the status page; shared by the console's forms and the services.
import { z } from "zod";
import { COMPONENT_STATES } from "./component-state";
import { MAINTENANCE_STATUSES } from "./maintenance-status";
import { ID_MAX, optionalText, text } from "./text";
import { chooseOne } from "./vocabulary";

const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);
const position = z.coerce
  .number({ error: "Enter a whole number" })
  .int("Enter a whole number")
  .min(0, "0 or more")
  .max(9999, "At most 9999");
/** A checkbox: present ("on") means yes; booleans pass through for other callers. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
/** Times are typed as UTC, "2026-12-01T02:00", so every reader of the page sees the same window. */
export const utcTime = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00Z` : v),
    z.iso.datetime({ error: `Enter the ${what} as YYYY-MM-DDTHH:MM (UTC)` }).pipe(z.coerce.date()),
  );

export const groupSchema = z.object({
  id: optionalText(ID_MAX),
  name: text(80, { error: "Name is required" }).min(1, "Name is required"),
  position: position.default(0),
});

export const placementSchema = z.object({
  componentId: id("Component"),
  groupId: optionalText(ID_MAX),
  position,
  public: checkbox,
});

export const overrideSchema = z.object({
  componentId: id("Component"),
  /** Empty: go back to the state derived from incidents and maintenance. */
  state: z.preprocess(
    (v) => (v === "" ? null : v),
    z.enum(COMPONENT_STATES, { error: chooseOne(COMPONENT_STATES) }).nullable(),
  ),
});

export const maintenanceSchema = z
  .object({
    title: text(200, { error: "Title is required" }).min(3, "At least 3 characters"),
    description: text(4000).default(""),
    scheduledStart: utcTime("start"),
    scheduledEnd: utcTime("end"),
    componentIds: z.array(id("Component"), { error: "Choose the components" }).min(1, "Choose at least one component"),
    // Mail each step's public message to the status page's subscribers.
    notifySubscribers: z.boolean().default(false),
  })
  .refine((m) => m.scheduledEnd > m.scheduledStart, { path: ["scheduledEnd"], message: "End after the start" });

export const advanceMaintenanceSchema = z.object({
  maintenanceId: id("Maintenance"),
  status: z.enum(MAINTENANCE_STATUSES, { error: chooseOne(MAINTENANCE_STATUSES) }),
  message: text(4000, { error: "Write what people should know" }).min(1, "Write what people should know"),
});

export type MaintenanceInput = z.input<typeof maintenanceSchema>;
