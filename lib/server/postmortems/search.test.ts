// Full-text search over postmortems against a real database: a word in any section, English
// stemming, the title ranked above the text, snippets as plain pieces, and the status filter.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { db } from "@/lib/server/db";
import { users, type TestUser } from "../incidents/test-fixtures";
import { saveSection } from "./save-section";
import { searchPostmortems } from "./search";
import { startPostmortem } from "./start";
import { resolvedIncident } from "./write-test-fixtures";

let author: TestUser;
let stakeholder: TestUser;

beforeAll(async () => {
  [author, stakeholder] = await users("COMMANDER", "STAKEHOLDER");
});

/** A made-up word no seeded text contains, letters only so the parser keeps it whole. */
const word = () =>
  "zq" +
  randomUUID()
    .replace(/-/g, "")
    .slice(0, 10)
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]);

async function postmortemWith(sections: Record<string, string>, title?: string) {
  const incident = await resolvedIncident(author, { title });
  const { postmortem } = await startPostmortem(ctxOf(author), { incidentId: incident.id });
  for (const [key, body] of Object.entries(sections))
    await saveSection(ctxOf(author), { postmortemId: postmortem.id, key, body, baseVersion: 0 });
  return postmortem;
}

describe("searchPostmortems", () => {
  it("finds a postmortem by a word in any section and flags the words in its snippet", async () => {
    const w = word();
    const mine = await postmortemWith({
      SUMMARY: "Docs were slow for an hour.",
      CONTRIBUTING_FACTORS: `The storage quota was exhausted on the ${w} volume.`,
    });
    await postmortemWith({ SUMMARY: `Nothing about quotas here, only ${word()}.` });
    const rows = await searchPostmortems(ctxOf(stakeholder), { q: `quota ${w}` });
    expect(rows.map((r) => r.id)).toEqual([mine.id]);
    expect(rows[0].snippet).toEqual(
      expect.arrayContaining([
        { text: "quota", match: true },
        { text: w, match: true },
      ]),
    );
    expect(rows[0].snippet!.map((p) => p.text).join("")).toContain("storage quota was exhausted");
    expect(rows[0].incident.title).toMatch(/^Test incident/);
  });

  it("stems English words: failing finds failed", async () => {
    const w = word();
    const mine = await postmortemWith({ ROOT_CAUSE: `The ${w} runners failed after the upgrade.` });
    const rows = await searchPostmortems(ctxOf(author), { q: `failing ${w}` });
    expect(rows.map((r) => r.id)).toEqual([mine.id]);
    expect(rows[0].snippet).toEqual(expect.arrayContaining([{ text: "failed", match: true }]));
    expect(await searchPostmortems(ctxOf(author), { q: `succeeded ${w}` })).toEqual([]);
  });

  it("ranks a match in the incident title above one in the text, and finds by the title alone", async () => {
    const w = word();
    const inText = await postmortemWith({ LESSONS_LEARNED: `We learned about ${w} the hard way.` });
    const inTitle = await postmortemWith({ SUMMARY: "Short." }, `Outage of ${w} in the registry`);
    const rows = await searchPostmortems(ctxOf(author), { q: w });
    expect(rows.map((r) => r.id)).toEqual([inTitle.id, inText.id]);
    expect(rows[0].rank!).toBeGreaterThan(rows[1].rank!);
  });

  it("keeps markup in a snippet as text, filters by status, and lists everything newest first without q", async () => {
    const w = word();
    const draft = await postmortemWith({ SUMMARY: `Fix "quotes" & ${w} <img src=x onerror=alert(1)> end` });
    const review = await postmortemWith({ SUMMARY: `Also ${w}.` });
    await db.postmortem.update({ where: { id: review.id }, data: { status: "IN_REVIEW" } });

    const [hit] = await searchPostmortems(ctxOf(author), { q: w, status: "DRAFT" });
    expect(hit.id).toBe(draft.id);
    // Plain text, unescaped: the page renders it through React, which escapes it once.
    expect(hit.snippet!.map((p) => p.text).join("")).toContain(`quotes" & ${w} <img src=x onerror=alert`);
    expect((await searchPostmortems(ctxOf(author), { q: w, status: "IN_REVIEW" })).map((r) => r.id)).toEqual([
      review.id,
    ]);

    const all = await searchPostmortems(ctxOf(author), { q: "" });
    expect(all.slice(0, 2).map((r) => r.id)).toEqual([review.id, draft.id]);
    expect(all[0]).toMatchObject({ snippet: null, rank: null, status: "IN_REVIEW" });
    const reviews = await searchPostmortems(ctxOf(author), { status: "IN_REVIEW" });
    expect(reviews.every((r) => r.status === "IN_REVIEW")).toBe(true);
  });

  it("finds nothing for stop words only, and refuses an unknown status on its field", async () => {
    expect(await searchPostmortems(ctxOf(author), { q: "the and of" })).toEqual([]);
    const error = await rejection(() => searchPostmortems(ctxOf(author), { status: "LOST" }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { status: [expect.any(String)] } });
  });
});
