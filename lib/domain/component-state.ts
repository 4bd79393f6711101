// How a component looks on the public status page. The order is from best to worst, so the
// worst state of several wins a roll-up by index.
import { column, type Tone } from "./vocabulary";

export const COMPONENT_STATES = [
  "OPERATIONAL",
  "DEGRADED_PERFORMANCE",
  "PARTIAL_OUTAGE",
  "MAJOR_OUTAGE",
  "UNDER_MAINTENANCE",
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const COMPONENT_STATE: Record<ComponentState, { label: string; tone: Tone }> = {
  OPERATIONAL: { label: "Operational", tone: "green" },
  DEGRADED_PERFORMANCE: { label: "Degraded performance", tone: "amber" },
  PARTIAL_OUTAGE: { label: "Partial outage", tone: "amber" },
  MAJOR_OUTAGE: { label: "Major outage", tone: "red" },
  UNDER_MAINTENANCE: { label: "Under maintenance", tone: "indigo" },
};

export const COMPONENT_STATE_LABEL = column(COMPONENT_STATE, "label");
export const COMPONENT_STATE_TONE = column(COMPONENT_STATE, "tone");

export function isComponentState(value: unknown): value is ComponentState {
  return typeof value === "string" && (COMPONENT_STATES as readonly string[]).includes(value);
}
