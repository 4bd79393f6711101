// Words for the life of a postmortem, its sections, timeline, key times, reviews and action items.
// Each list names exactly the values of the schema's enum of the same name (vocabulary.test.ts).
import type { Tone } from "./vocabulary";

export const POSTMORTEM_STATUSES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const POSTMORTEM_STATUS: Record<PostmortemStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "gray" },
  IN_REVIEW: { label: "In review", tone: "amber" },
  PUBLISHED: { label: "Published", tone: "green" },
};

/** The free-text sections, in the plan's order (conduct_postmortem); the timeline and action items sit between them. */
export const SECTION_KEYS = [
  "SUMMARY",
  "ROOT_CAUSE",
  "CONTRIBUTING_FACTORS",
  "LESSONS_LEARNED",
  "PROCESS_IMPROVEMENTS",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION: Record<SectionKey, { label: string; hint: string; slug: string }> = {
  SUMMARY: { label: "Summary", hint: "What happened, who was affected and for how long.", slug: "summary" },
  ROOT_CAUSE: {
    label: "Root cause analysis",
    hint: "Why it happened: the cause under the symptoms.",
    slug: "root-cause",
  },
  CONTRIBUTING_FACTORS: {
    label: "Contributing factors",
    hint: "What made it worse or slower to fix.",
    slug: "contributing-factors",
  },
  LESSONS_LEARNED: {
    label: "Lessons learned",
    hint: "What went well, what went badly, where we were lucky.",
    slug: "lessons-learned",
  },
  PROCESS_IMPROVEMENTS: {
    label: "Process improvements",
    hint: "Changes to how we respond, page, communicate or recover.",
    slug: "process-improvements",
  },
};

/** The document's order: the plan's components, free-text and structured ones together. */
export const DOCUMENT_ORDER = [
  "SUMMARY",
  "TIMELINE",
  "ROOT_CAUSE",
  "CONTRIBUTING_FACTORS",
  "LESSONS_LEARNED",
  "ACTION_ITEMS",
  "PROCESS_IMPROVEMENTS",
] as const;

/** What a review comment may be about: a free-text section, the timeline, the action items, or the whole. */
export const REVIEW_COMMENT_SECTIONS = [...DOCUMENT_ORDER, "GENERAL"] as const;
export type ReviewCommentSection = (typeof REVIEW_COMMENT_SECTIONS)[number];

export const TIMELINE_MARKS = ["DETECTION", "DIAGNOSIS", "REPAIR", "KEY_MOMENT"] as const;
export type TimelineMark = (typeof TIMELINE_MARKS)[number];

export const TIMELINE_MARK: Record<TimelineMark, { label: string; tone: Tone }> = {
  DETECTION: { label: "Detection", tone: "amber" },
  DIAGNOSIS: { label: "Diagnosis", tone: "indigo" },
  REPAIR: { label: "Repair", tone: "green" },
  KEY_MOMENT: { label: "Key moment", tone: "red" },
};

export const TIMELINE_ENTRY_SOURCES = ["SYSTEM", "PERSON"] as const;
export type TimelineEntrySource = (typeof TIMELINE_ENTRY_SOURCES)[number];

/** The incident's key moments, in the order they happen; the durations between them are the postmortem's figures. */
export const KEY_TIME_KINDS = ["IMPACT_STARTED", "DETECTED", "ACKNOWLEDGED", "MITIGATED", "RESOLVED"] as const;
export type KeyTimeKind = (typeof KEY_TIME_KINDS)[number];

export const KEY_TIME: Record<KeyTimeKind, { label: string }> = {
  IMPACT_STARTED: { label: "Impact started" },
  DETECTED: { label: "Detected" },
  ACKNOWLEDGED: { label: "Acknowledged" },
  MITIGATED: { label: "Mitigated" },
  RESOLVED: { label: "Resolved" },
};

export const REVIEW_STATES = ["REQUESTED", "APPROVED", "CHANGES_REQUESTED"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE: Record<ReviewState, { label: string; tone: Tone }> = {
  REQUESTED: { label: "Review requested", tone: "amber" },
  APPROVED: { label: "Approved", tone: "green" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "red" },
};

export const ACTION_ITEM_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_STATUS: Record<ActionItemStatus, { label: string; tone: Tone }> = {
  OPEN: { label: "Open", tone: "amber" },
  IN_PROGRESS: { label: "In progress", tone: "indigo" },
  DONE: { label: "Done", tone: "green" },
  WONT_DO: { label: "Won't do", tone: "gray" },
};

/** Finished: neither reminded about nor counted as overdue. */
export const ACTION_ITEM_CLOSED: readonly ActionItemStatus[] = ["DONE", "WONT_DO"];

export const ACTION_ITEM_PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

export const ACTION_ITEM_PRIORITY: Record<ActionItemPriority, { label: string; tone: Tone }> = {
  HIGH: { label: "High", tone: "red" },
  MEDIUM: { label: "Medium", tone: "amber" },
  LOW: { label: "Low", tone: "gray" },
};
