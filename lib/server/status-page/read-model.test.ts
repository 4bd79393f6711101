// The public read model shows only what a commander published. An incident with an internal
// title, notes, a named commander, deliveries and drafts is seeded; none of it may reach the
// page, the incident page, the JSON or the feeds, until and unless it is published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { addNote } from "@/lib/server/incidents/add-note";
import { declare, marker, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { ctxOf } from "@/scripts/test/fixtures";
import { invalidateStatusCache, representation } from "./view";

const KINDS = ["page", "json", "atom", "rss"] as const;

async function everything(incidentId: string): Promise<string> {
  invalidateStatusCache();
  const bodies = await Promise.all(KINDS.map((k) => representation(k)));
  const incident = await representation("incident", incidentId);
  return [...bodies.map((b) => b!.body), incident?.body ?? ""].join("\n");
}

describe("public read model", () => {
  let commander: TestUser;
  let incidentId: string;
  const secret = marker("internal");
  const publicTitle = `Slow documentation builds ${marker("pub")}`;

  beforeAll(async () => {
    [commander] = await users("COMMANDER");
    await db.user.update({ where: { id: commander.id }, data: { name: `Commander ${secret}` } });
    const incident = await declare(commander, {
      title: `Customer ACME ${secret} title`,
      severity: "SEV1",
      impact: `Impact ${secret}`,
      components: ["documentation-generation"],
    });
    incidentId = incident.id;
    await addNote(ctxOf(commander), { incidentId, message: `Note ${secret}` });
    await db.incident.update({ where: { id: incidentId }, data: { publicTitle } });
    await db.delivery.create({
      data: {
        incidentId,
        channel: "EMAIL",
        recipient: `${secret}@customer.example`,
        subject: `Delivery ${secret}`,
        body: `Body ${secret}`,
        idempotencyKey: `test-${secret}`,
      },
    });
    // A draft (not published) and an update kept off the public page.
    await db.statusUpdate.createMany({
      data: [
        { incidentId, status: "IDENTIFIED", message: `Draft ${secret}`, publishedAt: null, authorId: commander.id },
        { incidentId, status: "IDENTIFIED", message: `Internal only ${secret}`, public: false, authorId: commander.id },
      ],
    });
  });

  it("shows nothing of an incident whose updates are drafts or not public", async () => {
    const all = await everything(incidentId);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(publicTitle);
    expect(await representation("incident", incidentId)).toBeNull();
    const json = JSON.parse((await representation("json"))!.body) as { components: { slug: string; state: string }[] };
    expect(json.components.find((c) => c.slug === "documentation-generation")?.state).toBe("OPERATIONAL");
  });

  it("once published shows the public title, the published text and the impact by severity, nothing internal", async () => {
    const next = new Date(Date.now() + 30 * 60_000);
    await db.statusUpdate.create({
      data: {
        incidentId,
        status: "INVESTIGATING",
        message: "We are looking into slow documentation builds.",
        publishedAt: new Date(),
        nextUpdateAt: next,
        authorId: commander.id,
      },
    });
    const all = await everything(incidentId);
    expect(all).toContain(publicTitle);
    expect(all).toContain("We are looking into slow documentation builds.");
    expect(all).not.toContain(secret);
    for (const word of ["ACME", "Draft", "Internal only", commander.email]) expect(all).not.toContain(word);

    const json = JSON.parse((await representation("json"))!.body) as {
      components: { slug: string; state: string }[];
      incidents: { id: string; title: string; nextUpdateAt: string; latestUpdate: { message: string } }[];
    };
    expect(json.components.find((c) => c.slug === "documentation-generation")?.state).toBe("MAJOR_OUTAGE");
    const listed = json.incidents.find((i) => i.id === incidentId)!;
    expect(listed).toMatchObject({ title: publicTitle, nextUpdateAt: next.toISOString() });
    expect(listed.latestUpdate.message).toBe("We are looking into slow documentation builds.");
    const page = (await representation("page"))!.body;
    expect(page).toMatch(/Next update by <time datetime="[^"]+">\d\d:\d\d UTC<\/time>/);
  });

  it("tags each version: the same content keeps its ETag, a publication changes it", async () => {
    const now = new Date();
    invalidateStatusCache();
    const first = (await representation("page", undefined, now))!;
    invalidateStatusCache();
    expect((await representation("page", undefined, now))!.etag).toBe(first.etag);
    await db.statusUpdate.create({
      data: {
        incidentId,
        status: "IDENTIFIED",
        message: "Cause found.",
        publishedAt: new Date(),
        authorId: commander.id,
      },
    });
    invalidateStatusCache();
    const after = (await representation("page", undefined, now))!;
    expect(after.etag).not.toBe(first.etag);
    expect(after.lastModified.getTime()).toBeGreaterThanOrEqual(first.lastModified.getTime());
  });
});
