"use server";

import type { ActionState } from "@/lib/domain/action-state";
import { REVIEW_COMMENT_SECTIONS } from "@/lib/domain/postmortem-status";
import { runAction } from "@/lib/server/action";
import { addReviewComment } from "@/lib/server/postmortems/add-review-comment";
import { decideReview } from "@/lib/server/postmortems/decide-review";
import { openRevision } from "@/lib/server/postmortems/open-revision";
import { publishPostmortem } from "@/lib/server/postmortems/publish";
import { savePublicSummary } from "@/lib/server/postmortems/public-summary";
import { requestReview } from "@/lib/server/postmortems/request-review";
import { resolveReviewComment } from "@/lib/server/postmortems/resolve-review-comment";

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};
const page = (form: FormData) => `/postmortems/${encodeURIComponent(text(form, "postmortemId") ?? "")}`;

export async function requestReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({
      postmortemId: text(f, "postmortemId"),
      reviewerIds: f.getAll("reviewerIds").filter((v) => typeof v === "string"),
    }),
    requestReview,
    { revalidate: page(form), success: "Review requested. Each reviewer has been told." },
  );
}

/** Each section's comment box (`comment.<SECTION>`) that holds text, in the document's order. */
const commentsOf = (form: FormData) =>
  REVIEW_COMMENT_SECTIONS.flatMap((section) => {
    const body = text(form, `comment.${section}`)?.trim();
    return body ? [{ section, body }] : [];
  });

/**
 * The decision with a general message and one optional comment per section. The service names a
 * bad comment by its place in the list; the form shows it beside that section's box instead.
 */
export async function decideReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const comments = commentsOf(form);
  const state = await runAction(
    form,
    (f) => ({
      postmortemId: text(f, "postmortemId"),
      decision: text(f, "decision"),
      message: text(f, "message") ?? "",
      comments,
    }),
    decideReview,
    {
      revalidate: page(form),
      success: text(form, "decision") === "APPROVED" ? "Approved." : "Changes requested. The author has been told.",
    },
  );
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([key, errors]) => {
      const at = /^comments\.(\d+)\./.exec(key);
      const section = at ? comments[Number(at[1])]?.section : undefined;
      return [section ? `comment.${section}` : key, errors];
    }),
  );
  return { ...state, fieldErrors };
}

export async function addReviewCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    (f) => ({ postmortemId: text(f, "postmortemId"), section: text(f, "section"), body: text(f, "body") ?? "" }),
    addReviewComment,
    { revalidate: page(form), success: "Comment added." },
  );
}

export async function resolveReviewCommentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ commentId: text(f, "commentId") }), resolveReviewComment, {
    revalidate: page(form),
    success: "Marked as resolved.",
  });
}

export async function publishAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ postmortemId: text(f, "postmortemId") }), publishPostmortem, {
    revalidate: page(form),
    success: "Published. The postmortem is now read-only.",
  });
}

export async function openRevisionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, (f) => ({ postmortemId: text(f, "postmortemId") }), openRevision, {
    revalidate: page(form),
    success: "A new revision is open for changes.",
  });
}

export async function savePublicSummaryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const publish = text(form, "publish") === "on";
  return runAction(
    form,
    (f) => ({ postmortemId: text(f, "postmortemId"), publicSummary: text(f, "publicSummary") ?? "", publish }),
    savePublicSummary,
    {
      revalidate: page(form),
      success: publish ? "Saved and shown on the status page." : "Saved; not shown on the status page.",
    },
  );
}
