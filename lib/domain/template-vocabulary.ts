// What a template is for: the incident (or maintenance) state and who reads it. One table each;
// the editor, the list and the suggestions read their words from here.
import { chooseOne, column, type Tone } from "./vocabulary";

export const TEMPLATE_STATES = ["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED", "MAINTENANCE"] as const;
export type TemplateState = (typeof TEMPLATE_STATES)[number];

export const TEMPLATE_STATE: Record<TemplateState, { label: string; tone: Tone }> = {
  INVESTIGATING: { label: "Investigating", tone: "red" },
  IDENTIFIED: { label: "Identified", tone: "amber" },
  MONITORING: { label: "Monitoring", tone: "indigo" },
  RESOLVED: { label: "Resolved", tone: "green" },
  MAINTENANCE: { label: "Maintenance", tone: "gray" },
};
export const TEMPLATE_STATE_LABEL = column(TEMPLATE_STATE, "label");
export const TEMPLATE_STATE_TONE = column(TEMPLATE_STATE, "tone");

export const TEMPLATE_AUDIENCES = ["INTERNAL", "STAKEHOLDERS", "PUBLIC"] as const;
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

export const TEMPLATE_AUDIENCE: Record<TemplateAudience, { label: string; hint: string }> = {
  INTERNAL: { label: "Internal", hint: "The response team and engineering." },
  STAKEHOLDERS: { label: "Stakeholders", hint: "Executives, customer success and other groups of the matrix." },
  PUBLIC: { label: "Public", hint: "The status page and its subscribers: plain words, no internals." },
};
export const TEMPLATE_AUDIENCE_LABEL = column(TEMPLATE_AUDIENCE, "label");

export const CHOOSE_STATE = chooseOne(TEMPLATE_STATES.map((s) => TEMPLATE_STATE_LABEL[s]));
export const CHOOSE_AUDIENCE = chooseOne(TEMPLATE_AUDIENCES.map((a) => TEMPLATE_AUDIENCE_LABEL[a]));
