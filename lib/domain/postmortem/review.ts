// The review of a postmortem: what each step accepts and when publishing is allowed. Shared by
// the services (validation), the panel (the reason a button is disabled) and the tests.
import { z } from "zod";
import { REVIEW_COMMENT_SECTIONS, SECTION, SECTION_KEYS, type ReviewState } from "../postmortem-status";
import { ID_MAX, text } from "../text";

export const COMMENT_MAX = 5_000;

/** What a review comment is about, in words; an unknown value (never written by the services) is shown as is. */
export function reviewSectionLabel(section: string): string {
  if ((SECTION_KEYS as readonly string[]).includes(section)) return SECTION[section as keyof typeof SECTION].label;
  if (section === "TIMELINE") return "Timeline";
  if (section === "ACTION_ITEMS") return "Action items";
  if (section === "GENERAL") return "The whole postmortem";
  return section;
}
export const PUBLIC_SUMMARY_MAX = 2_000;

const postmortemId = text(ID_MAX, { error: "Postmortem is required" }).min(1, "Postmortem is required");

export const requestReviewSchema = z.object({
  postmortemId,
  reviewerIds: z
    .array(text(ID_MAX).min(1), { error: "Choose at least one reviewer" })
    .min(1, "Choose at least one reviewer")
    .max(50, "At most 50 reviewers at once"),
});

const commentSchema = z.object({
  section: z.enum(REVIEW_COMMENT_SECTIONS, { error: "Choose what the comment is about" }),
  body: text(COMMENT_MAX).min(1, "Write the comment"),
});

export const DECISIONS = ["APPROVED", "CHANGES_REQUESTED"] as const satisfies readonly ReviewState[];
export type Decision = (typeof DECISIONS)[number];

export const decideReviewSchema = z
  .object({
    postmortemId,
    decision: z.enum(DECISIONS, { error: "Approve or request changes" }),
    message: text(COMMENT_MAX).default(""),
    comments: z.array(commentSchema).max(50).default([]),
  })
  .refine((d) => d.decision === "APPROVED" || d.message.length > 0 || d.comments.length > 0, {
    message: "Say what should change: a message or a comment on a section",
    path: ["message"],
  });

export const addReviewCommentSchema = z.object({ postmortemId, ...commentSchema.shape });

export const resolveReviewCommentSchema = z.object({
  commentId: text(ID_MAX, { error: "Comment is required" }).min(1, "Comment is required"),
});

export const postmortemByIdSchema = z.object({ postmortemId });

/** A checkbox: present ("on") means yes; booleans pass through for other callers. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const publicSummarySchema = z
  .object({
    postmortemId,
    publicSummary: text(PUBLIC_SUMMARY_MAX).default(""),
    publish: checkbox,
  })
  .refine((d) => !d.publish || d.publicSummary.length > 0, {
    message: "Write the summary before publishing it",
    path: ["publicSummary"],
  });

/**
 * Why the current revision may not be published yet, in words; null when it may. One approval is
 * enough, but a reviewer's outstanding request for changes holds it until they approve (or are
 * asked again, which puts their review back to requested).
 */
export function publishBlocker(status: string, reviews: { state: ReviewState }[]): string | null {
  if (status === "PUBLISHED") return "Already published.";
  if (reviews.some((r) => r.state === "CHANGES_REQUESTED"))
    return "A reviewer requested changes: make them and ask for review again.";
  if (!reviews.some((r) => r.state === "APPROVED"))
    return reviews.length === 0 ? "Request a review first: publishing needs an approval." : "Waiting for an approval.";
  return null;
}
