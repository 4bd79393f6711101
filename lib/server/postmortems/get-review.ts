import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { publishBlocker } from "@/lib/domain/postmortem/review";
import { authorize, isAllowed } from "../authorize";
import { actingUserId, type Ctx } from "../context";
import { db } from "../db";

const name = { select: { name: true } } as const;

/**
 * The review side of a postmortem: its state, the current revision's reviewers with their
 * comments, earlier publications, who may be asked, and what the viewer may do.
 */
export async function getReview(ctx: Ctx, postmortemId: string) {
  authorize(ctx, "incident:read");
  const pm = await db.postmortem.findUnique({
    where: { id: postmortemId },
    include: {
      incident: { select: { number: true, title: true } },
      publishedBy: name,
      publications: { orderBy: { revision: "desc" }, include: { publishedBy: name } },
    },
  });
  if (!pm) throw new DomainError("NOT_FOUND", "No such postmortem");
  const me = actingUserId(ctx);
  const write = isAllowed(ctx, "postmortem:write");
  const [reviews, candidates, publicUpdates] = await Promise.all([
    db.postmortemReview.findMany({
      where: { postmortemId, revision: pm.revision },
      orderBy: { createdAt: "asc" },
      include: {
        reviewer: name,
        comments: { orderBy: { createdAt: "asc" }, include: { author: name } },
      },
    }),
    write
      ? db.user.findMany({
          where: { active: true, role: { not: "STAKEHOLDER" }, ...(me ? { id: { not: me } } : {}) },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [],
    // The public summary shows on the incident's status-page entry, which exists once an update went out publicly.
    db.statusUpdate.count({ where: { incidentId: pm.incidentId, public: true, publishedAt: { not: null } } }),
  ]);
  return {
    id: pm.id,
    status: pm.status,
    revision: pm.revision,
    authorId: pm.authorId,
    incident: pm.incident,
    publishedAt: pm.publishedAt,
    publishedBy: pm.publishedBy?.name ?? null,
    publicSummary: pm.publicSummary,
    publicSummaryAt: pm.publicSummaryAt,
    onStatusPage: publicUpdates > 0,
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewerId: r.reviewerId,
      reviewer: r.reviewer.name,
      state: r.state,
      decidedAt: r.decidedAt,
      comments: r.comments.map((c) => ({
        id: c.id,
        section: c.section,
        body: c.body,
        author: c.author?.name ?? "Someone",
        createdAt: c.createdAt,
        resolvedAt: c.resolvedAt,
      })),
    })),
    publications: pm.publications.map((p) => ({
      revision: p.revision,
      publishedAt: p.publishedAt,
      publishedBy: p.publishedBy?.name ?? null,
    })),
    candidates,
    publishBlocker: publishBlocker(pm.status, reviews),
    viewer: {
      write,
      command: isAllowed(ctx, "incident:command"),
      myReview: reviews.find((r) => r.reviewerId === me) ?? null,
    },
  };
}
