// The review workflow against a real database: who may ask, decide and publish, what publishing
// keeps and locks, the notices it sends (once), new revisions, and the public summary.
import { beforeAll, describe, expect, it } from "vitest";
import { incidentValues } from "@/lib/domain/incident-values";
import { db } from "@/lib/server/db";
import { declare, later, marker, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { invalidateStatusCache, representation } from "@/lib/server/status-page/view";
import { loadIncidentFacts } from "@/lib/server/templates/incident-facts";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { addReviewComment } from "./add-review-comment";
import { decideReview } from "./decide-review";
import { lockEditablePostmortem } from "./editable";
import { exportMarkdown } from "./export-markdown";
import { getReview } from "./get-review";
import { openRevision } from "./open-revision";
import { publishPostmortem } from "./publish";
import { savePublicSummary } from "./public-summary";
import { requestReview } from "./request-review";
import { resolveReviewComment } from "./resolve-review-comment";

let commander: TestUser;
let responder: TestUser;
let otherResponder: TestUser;
let stakeholder: TestUser;

const T0 = new Date("2026-11-23T09:00:00Z");

/** A resolved incident with a postmortem by the commander and a written summary. */
async function resolvedPostmortem(summary = `Summary ${marker("s")}`) {
  const incident = await declare(commander, { now: T0, title: `Postmortem test ${marker()}` });
  await db.incident.update({
    where: { id: incident.id },
    data: { status: "RESOLVED", resolvedAt: later(T0, 90) },
  });
  const postmortem = await db.postmortem.create({
    data: {
      incidentId: incident.id,
      authorId: commander.id,
      dueAt: new Date("2026-11-30T10:30:00Z"),
      sections: { create: { key: "SUMMARY", body: summary, version: 1 } },
    },
  });
  return { incident, postmortem, summary };
}

const at = (minutes: number) => later(new Date("2026-11-25T12:00:00Z"), minutes);

function reviewerDeliveries(postmortemId: string, userId: string) {
  return db.delivery.findMany({
    where: {
      userId,
      idempotencyKey: { startsWith: "postmortem-review:" },
      incident: { postmortem: { id: postmortemId } },
    },
    orderBy: { channel: "asc" },
  });
}

beforeAll(async () => {
  [commander, responder, otherResponder, stakeholder] = await users(
    "COMMANDER",
    "RESPONDER",
    "RESPONDER",
    "STAKEHOLDER",
  );
});

describe("request → approve → publish", () => {
  it("publishes an approved postmortem, keeps the published text and makes it read-only", async () => {
    const { incident, postmortem, summary } = await resolvedPostmortem();
    const requested = await requestReview(ctxOf(commander, at(0)), {
      postmortemId: postmortem.id,
      reviewerIds: [responder.id],
    });
    expect(requested.postmortem.status).toBe("IN_REVIEW");

    const blocked = await rejection(() => publishPostmortem(ctxOf(commander, at(1)), { postmortemId: postmortem.id }));
    expect(blocked).toMatchObject({ code: "CONFLICT", message: "Waiting for an approval." });

    await decideReview(ctxOf(responder, at(5)), { postmortemId: postmortem.id, decision: "APPROVED" });
    const { postmortem: published, publication } = await publishPostmortem(ctxOf(commander, at(10)), {
      postmortemId: postmortem.id,
    });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: at(10), publishedById: commander.id });
    expect(publication).toMatchObject({ revision: 1, publishedAt: at(10), publishedById: commander.id });
    expect(publication.markdown).toContain(`## Summary\n\n${summary}`);
    expect(publication.markdown).toContain("- Status: Published (revision 1)");

    const event = await db.incidentEvent.findFirst({ where: { incidentId: incident.id, kind: "UPDATED" } });
    expect(event?.message).toBe("Postmortem published (revision 1)");
    const audit = await db.auditLog.findMany({ where: { entityId: postmortem.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["postmortem.review.request", "postmortem.publish"]);

    // Every content change goes through this guard, which now refuses.
    const locked = await rejection(() => db.$transaction((tx) => lockEditablePostmortem(tx, postmortem.id)));
    expect(locked).toMatchObject({ code: "CONFLICT" });
    expect(locked.message).toMatch(/read-only/);
    // So do the review steps themselves.
    const again = await rejection(() =>
      requestReview(ctxOf(commander, at(11)), { postmortemId: postmortem.id, reviewerIds: [otherResponder.id] }),
    );
    expect(again.code).toBe("CONFLICT");

    // The incident's postmortem date is now the day it was published.
    const values = await db.$transaction(async (tx) => {
      const { facts } = await loadIncidentFacts(tx, { id: incident.id });
      return incidentValues(facts, at(12));
    });
    expect(values.postmortem_date).toBe("2026-11-25");

    const exported = await exportMarkdown(ctxOf(stakeholder), postmortem.id);
    expect(exported.fileName).toBe(`postmortem-${incident.number}.md`);
    expect(exported.markdown).toContain(summary);
  });

  it("dates an unpublished postmortem by its due date", async () => {
    const { incident } = await resolvedPostmortem();
    const values = await db.$transaction(async (tx) => {
      const { facts } = await loadIncidentFacts(tx, { id: incident.id });
      return incidentValues(facts, at(0));
    });
    expect(values.postmortem_date).toBe("2026-11-30");
  });
});

describe("requesting a review", () => {
  it("names each person who cannot review", async () => {
    const { postmortem } = await resolvedPostmortem();
    const inactive = await createTestUser("RESPONDER", { active: false });
    const error = await rejection(() =>
      requestReview(ctxOf(commander), {
        postmortemId: postmortem.id,
        reviewerIds: [stakeholder.id, inactive.id, commander.id, "no-such-person", responder.id],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.reviewerIds).toEqual([
      "Test stakeholder is a stakeholder and cannot review",
      "Test responder is deactivated",
      "Test commander is asking for the review and cannot review it too",
      "No such person: no-such-person",
    ]);
    expect(await db.postmortemReview.count({ where: { postmortemId: postmortem.id } })).toBe(0);
    const none = await rejection(() =>
      requestReview(ctxOf(commander), { postmortemId: postmortem.id, reviewerIds: [] }),
    );
    expect(none.fieldErrors?.reviewerIds).toEqual(["Choose at least one reviewer"]);
  });

  it("refuses stakeholders, who only read", async () => {
    const { postmortem } = await resolvedPostmortem();
    const error = await rejection(() =>
      requestReview(ctxOf(stakeholder), { postmortemId: postmortem.id, reviewerIds: [responder.id] }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("notifies each reviewer once in the app and by e-mail, even when the request is retried", async () => {
    const { postmortem } = await resolvedPostmortem();
    const input = { postmortemId: postmortem.id, reviewerIds: [responder.id] };
    await requestReview(ctxOf(commander, at(0)), input);
    const retried = await requestReview(ctxOf(commander, at(1)), input);
    expect(retried.asked).toEqual([]);

    const sent = await reviewerDeliveries(postmortem.id, responder.id);
    expect(sent.map((d) => d.channel)).toEqual(["EMAIL", "IN_APP"]);
    expect(sent[0].subject).toMatch(/^Review requested: postmortem of incident #\d+/);
    expect(sent[0].body).toContain(`/postmortems/${postmortem.id}`);
    const jobs = await db.job.count({ where: { kind: "deliver", key: { contains: sent[0].id } } });
    expect(jobs).toBe(1);

    // Asked again after a decision is a new request, and a new notice.
    await decideReview(ctxOf(responder, at(2)), {
      postmortemId: postmortem.id,
      decision: "CHANGES_REQUESTED",
      message: "Say more about detection",
    });
    const reasked = await requestReview(ctxOf(commander, at(3)), input);
    expect(reasked.asked).toEqual([responder.id]);
    expect(await reviewerDeliveries(postmortem.id, responder.id)).toHaveLength(4);
    const review = await db.postmortemReview.findFirstOrThrow({ where: { postmortemId: postmortem.id } });
    expect(review).toMatchObject({ state: "REQUESTED", decidedAt: null });
  });
});

describe("deciding", () => {
  it("lets only the requested reviewer decide", async () => {
    const { postmortem } = await resolvedPostmortem();
    await requestReview(ctxOf(commander), { postmortemId: postmortem.id, reviewerIds: [responder.id] });
    for (const who of [otherResponder, commander]) {
      const error = await rejection(() =>
        decideReview(ctxOf(who), { postmortemId: postmortem.id, decision: "APPROVED" }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    const byStakeholder = await rejection(() =>
      decideReview(ctxOf(stakeholder), { postmortemId: postmortem.id, decision: "APPROVED" }),
    );
    expect(byStakeholder.code).toBe("FORBIDDEN");
    expect(await db.postmortemReview.findFirstOrThrow({ where: { postmortemId: postmortem.id } })).toMatchObject({
      state: "REQUESTED",
    });
  });

  it("holds publishing while changes are requested, even beside an approval, and tells the author", async () => {
    const { postmortem } = await resolvedPostmortem();
    await requestReview(ctxOf(commander, at(0)), {
      postmortemId: postmortem.id,
      reviewerIds: [responder.id, otherResponder.id],
    });
    const bare = await rejection(() =>
      decideReview(ctxOf(otherResponder, at(1)), { postmortemId: postmortem.id, decision: "CHANGES_REQUESTED" }),
    );
    expect(bare.code).toBe("VALIDATION");
    expect(bare.fieldErrors?.message?.[0]).toMatch(/Say what should change/);

    await decideReview(ctxOf(responder, at(2)), { postmortemId: postmortem.id, decision: "APPROVED" });
    const changesRequested = {
      postmortemId: postmortem.id,
      decision: "CHANGES_REQUESTED",
      comments: [{ section: "ROOT_CAUSE", body: "Why did the disk fill?" }],
    };
    await decideReview(ctxOf(otherResponder, at(3)), changesRequested);
    // The same post again (a retry) adds no second comment and no second notice.
    await decideReview(ctxOf(otherResponder, at(3.5)), changesRequested);
    const blocked = await rejection(() => publishPostmortem(ctxOf(commander, at(4)), { postmortemId: postmortem.id }));
    expect(blocked.code).toBe("CONFLICT");
    expect(blocked.message).toMatch(/requested changes/);

    const toAuthor = await db.delivery.findMany({
      where: {
        userId: commander.id,
        idempotencyKey: { startsWith: "postmortem-decision:" },
        incidentId: postmortem.incidentId,
      },
    });
    expect(toAuthor.map((d) => d.subject.split(":")[0]).sort()).toEqual([
      "Approved",
      "Approved",
      "Changes requested",
      "Changes requested",
    ]);

    const view = await getReview(ctxOf(commander, at(5)), postmortem.id);
    expect(view.publishBlocker).toMatch(/requested changes/);
    const changes = view.reviews.find((r) => r.reviewerId === otherResponder.id)!;
    expect(changes.comments).toMatchObject([
      { section: "ROOT_CAUSE", body: "Why did the disk fill?", resolvedAt: null },
    ]);

    // The author deals with the comment; the reviewer then approves and publishing is allowed.
    await resolveReviewComment(ctxOf(commander, at(6)), { commentId: changes.comments[0].id });
    await addReviewComment(ctxOf(otherResponder, at(7)), {
      postmortemId: postmortem.id,
      section: "GENERAL",
      body: "Thanks, clear now",
    });
    await decideReview(ctxOf(otherResponder, at(8)), { postmortemId: postmortem.id, decision: "APPROVED" });
    const after = await getReview(ctxOf(commander, at(9)), postmortem.id);
    expect(after.publishBlocker).toBeNull();
    expect(after.reviews.find((r) => r.reviewerId === otherResponder.id)!.comments.map((c) => !!c.resolvedAt)).toEqual([
      true,
      false,
    ]);
  });
});

describe("a new revision", () => {
  it("opens a published postmortem as a draft of the next revision, keeping the history", async () => {
    const { postmortem } = await resolvedPostmortem();
    const early = await rejection(() => openRevision(ctxOf(commander), { postmortemId: postmortem.id }));
    expect(early.code).toBe("CONFLICT");

    await requestReview(ctxOf(commander, at(0)), { postmortemId: postmortem.id, reviewerIds: [responder.id] });
    await decideReview(ctxOf(responder, at(1)), { postmortemId: postmortem.id, decision: "APPROVED" });
    await publishPostmortem(ctxOf(commander, at(2)), { postmortemId: postmortem.id });

    const reopened = await openRevision(ctxOf(responder, at(3)), { postmortemId: postmortem.id });
    expect(reopened).toMatchObject({ status: "DRAFT", revision: 2, publishedAt: null });
    await db.$transaction((tx) => lockEditablePostmortem(tx, postmortem.id));

    const view = await getReview(ctxOf(commander, at(4)), postmortem.id);
    expect(view.reviews).toEqual([]);
    expect(view.publications.map((p) => p.revision)).toEqual([1]);
    expect(await db.postmortemReview.count({ where: { postmortemId: postmortem.id, revision: 1 } })).toBe(1);
    // The old approval does not carry over.
    const blocked = await rejection(() => publishPostmortem(ctxOf(commander, at(5)), { postmortemId: postmortem.id }));
    expect(blocked.message).toMatch(/Request a review first/);
  });
});

describe("public summary", () => {
  async function json() {
    invalidateStatusCache();
    return (await representation("json"))!.body;
  }

  it("appears in /status.json and on the incident page only while published, set by commanders", async () => {
    const { incident, postmortem } = await resolvedPostmortem();
    expect((await getReview(ctxOf(commander), postmortem.id)).onStatusPage).toBe(false);
    await db.statusUpdate.create({
      data: {
        incidentId: incident.id,
        status: "RESOLVED",
        message: "Resolved",
        publishedAt: later(T0, 90),
        authorId: commander.id,
      },
    });
    expect((await getReview(ctxOf(commander), postmortem.id)).onStatusPage).toBe(true);
    const text = `The registry's disk filled ${marker("pub")}`;
    const forbidden = await rejection(() =>
      savePublicSummary(ctxOf(responder), { postmortemId: postmortem.id, publicSummary: text, publish: "on" }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    const empty = await rejection(() =>
      savePublicSummary(ctxOf(commander), { postmortemId: postmortem.id, publicSummary: "", publish: "on" }),
    );
    expect(empty.fieldErrors?.publicSummary).toEqual(["Write the summary before publishing it"]);

    await savePublicSummary(ctxOf(commander), { postmortemId: postmortem.id, publicSummary: text });
    expect(await json()).not.toContain(text);

    const now = new Date();
    await savePublicSummary(ctxOf(commander, now), { postmortemId: postmortem.id, publicSummary: text, publish: "on" });
    const body = JSON.parse(await json()) as {
      resolvedIncidents: { id: string; postmortemSummary: { text: string } | null }[];
    };
    const entry = body.resolvedIncidents.find((i) => i.id === incident.id);
    expect(entry?.postmortemSummary?.text).toBe(text);
    const page = (await representation("incident", incident.id))!.body;
    expect(page).toContain("Postmortem summary");
    expect(page).toContain(text.replace("'", "&#39;"));
    // Nothing else of the postmortem is public.
    const summarySection = await db.postmortemSection.findFirstOrThrow({ where: { postmortemId: postmortem.id } });
    expect(page).not.toContain(summarySection.body);
    expect(await db.job.count({ where: { kind: "status-snapshot" } })).toBeGreaterThan(0);

    await savePublicSummary(ctxOf(commander), { postmortemId: postmortem.id, publicSummary: text });
    expect(await json()).not.toContain(text);
  });
});
