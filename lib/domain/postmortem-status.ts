// Words for the life of a postmortem and of its action items.
import type { Tone } from "./vocabulary";

export const POSTMORTEM_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const POSTMORTEM_STATUS: Record<PostmortemStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "gray" },
  IN_REVIEW: { label: "In review", tone: "amber" },
  PUBLISHED: { label: "Published", tone: "green" },
};

export const ACTION_ITEM_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_STATUS: Record<ActionItemStatus, { label: string; tone: Tone }> = {
  OPEN: { label: "Open", tone: "amber" },
  IN_PROGRESS: { label: "In progress", tone: "indigo" },
  DONE: { label: "Done", tone: "green" },
};
