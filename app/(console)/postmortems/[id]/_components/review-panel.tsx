import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { reviewSectionLabel } from "@/lib/domain/postmortem/review";
import { POSTMORTEM_STATUS, REVIEW_COMMENT_SECTIONS, REVIEW_STATE } from "@/lib/domain/postmortem-status";
import { getReview } from "@/lib/server/postmortems/get-review";
import { requirePageCtx } from "@/lib/server/session";
import { openRevisionAction, publishAction, resolveReviewCommentAction } from "../review-actions";
import { ReviewActionButton } from "./review-action-button";
import { ReviewDecisionForm } from "./review-decision-form";
import { ReviewPublicSummaryForm } from "./review-public-summary-form";
import { ReviewRequestDialog } from "./review-request-dialog";

type Props = { postmortemId: string; editable: boolean };

const LINK = "text-sm font-medium text-indigo-700 underline hover:text-indigo-900";

/** The review: who was asked and what they said, publishing, revisions, export and the public summary. */
export async function ReviewPanel({ postmortemId, editable }: Props) {
  return (
    <section aria-label="Review" className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="text-lg font-semibold">Review</h2>
      <Suspense
        fallback={
          <p role="status" className="text-sm text-slate-500">
            Loading the review…
          </p>
        }
      >
        <ReviewBody postmortemId={postmortemId} editable={editable} />
      </Suspense>
    </section>
  );
}

async function ReviewBody({ postmortemId, editable }: Props) {
  const ctx = await requirePageCtx("incident:read");
  const review = await getReview(ctx, postmortemId);
  const published = review.status === "PUBLISHED";
  const canEdit = editable && !published && review.viewer.write;
  const status = POSTMORTEM_STATUS[review.status];
  const comments = review.reviews.flatMap((r) => r.comments.map((c) => ({ ...c, reviewer: r.reviewer })));
  const mine = review.viewer.myReview;
  const idField = { postmortemId };
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone={status.tone}>{status.label}</Badge>
        <span>Revision {review.revision}</span>
        {published && review.publishedAt ? (
          <span>
            · published <LocalTime value={review.publishedAt} />
            {review.publishedBy ? ` by ${review.publishedBy}` : ""}
          </span>
        ) : null}
      </p>

      <div>
        <h3 id={`reviewers-${postmortemId}`} className="text-sm font-semibold text-slate-900">
          Reviewers
        </h3>
        {review.reviews.length ? (
          <ul aria-labelledby={`reviewers-${postmortemId}`} className="mt-2 space-y-1 text-sm">
            {review.reviews.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <span>{r.reviewer}</span>
                <Badge tone={REVIEW_STATE[r.state].tone}>{REVIEW_STATE[r.state].label}</Badge>
                {r.decidedAt ? (
                  <span className="text-slate-500">
                    <LocalTime value={r.decidedAt} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No review requested for this revision yet.</p>
        )}
      </div>

      {comments.length ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Comments</h3>
          {REVIEW_COMMENT_SECTIONS.filter((s) => comments.some((c) => c.section === s)).map((section) => (
            <div key={section} className="mt-2">
              <h4 className="text-sm font-medium text-slate-700">{reviewSectionLabel(section)}</h4>
              <ul className="mt-1 space-y-2">
                {comments
                  .filter((c) => c.section === section)
                  .map((c) => (
                    <li key={c.id} className="rounded-md bg-slate-50 p-2 text-sm ring-1 ring-slate-200">
                      <p className="whitespace-pre-wrap break-words">{c.body}</p>
                      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                        <span>
                          {c.author}, <LocalTime value={c.createdAt} />
                        </span>
                        {c.resolvedAt ? (
                          <Badge tone="green">Resolved</Badge>
                        ) : canEdit ? (
                          <ReviewActionButton
                            action={resolveReviewCommentAction}
                            fields={{ ...idField, commentId: c.id }}
                            label="Mark resolved"
                            variant="secondary"
                            small
                          />
                        ) : (
                          <Badge tone="amber">Open</Badge>
                        )}
                      </div>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}

      {mine && review.status === "IN_REVIEW" ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">
            Your review: {REVIEW_STATE[mine.state].label.toLowerCase()}
          </h3>
          <ReviewDecisionForm postmortemId={postmortemId} />
        </div>
      ) : null}

      {review.viewer.write ? (
        <div className="flex flex-wrap items-start gap-3">
          {canEdit ? <ReviewRequestDialog postmortemId={postmortemId} candidates={review.candidates} /> : null}
          {canEdit ? (
            <ReviewActionButton
              action={publishAction}
              fields={idField}
              label="Publish"
              blockedBecause={review.publishBlocker}
            />
          ) : null}
          {published ? (
            <ReviewActionButton
              action={openRevisionAction}
              fields={idField}
              label="Open a new revision"
              variant="secondary"
            />
          ) : null}
        </div>
      ) : null}

      <p className="flex flex-wrap gap-4">
        {/* A plain link: the download is a route, not a page to navigate to in the app. */}
        <a href={`/postmortems/${postmortemId}/export.md`} download className={LINK}>
          Export Markdown
        </a>
        <a href={`/postmortems/${postmortemId}/print`} className={LINK}>
          Print view
        </a>
      </p>

      {review.publications.length ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Publications</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {review.publications.map((p) => (
              <li key={p.revision}>
                Revision {p.revision}: <LocalTime value={p.publishedAt} />
                {p.publishedBy ? ` by ${p.publishedBy}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {review.viewer.command ? (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          <h3 className="text-sm font-semibold text-slate-900">Status page</h3>
          <p className="text-sm text-slate-600">
            {review.publicSummaryAt
              ? "The summary below is shown on the incident's status page entry."
              : "Not shown on the status page."}
            {review.onStatusPage
              ? ""
              : " The incident has no public entry yet: the summary appears once a public update for it is posted."}
          </p>
          <ReviewPublicSummaryForm
            postmortemId={postmortemId}
            summary={review.publicSummary}
            shown={Boolean(review.publicSummaryAt)}
          />
        </div>
      ) : review.publicSummaryAt ? (
        <div className="border-t border-slate-200 pt-4 text-sm">
          <h3 className="font-semibold text-slate-900">Public summary (on the status page)</h3>
          <p className="mt-1 whitespace-pre-wrap break-words text-slate-700">{review.publicSummary}</p>
        </div>
      ) : null}
    </div>
  );
}
