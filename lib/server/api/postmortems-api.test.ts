// Postmortems and action items through their real /api/v1 route handlers against a real database:
// reads with postmortems:read, writes with postmortems:write (audited as the token), and the
// refusals a client meets: no scope or a creator who may not (403), unknown ids (404), bad fields (422).
import { describe, expect, it } from "vitest";
import { PATCH as patchRoute } from "@/app/api/v1/action-items/[id]/route";
import { GET as itemsRoute, POST as createRoute } from "@/app/api/v1/action-items/route";
import { GET as getRoute } from "@/app/api/v1/postmortems/[id]/route";
import { GET as listRoute } from "@/app/api/v1/postmortems/route";
import { dayAfter, postmortemOf } from "../action-items/test-fixtures";
import { db } from "../db";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";
import { createTestUser } from "@/scripts/test/fixtures";

const API = "http://localhost:3000/api/v1";

const create = (secret: string, body: unknown) => createRoute(request(`${API}/action-items`, secret, { body }), none);
const patch = (secret: string, id: string, body: unknown) =>
  patchRoute(request(`${API}/action-items/${id}`, secret, { method: "PATCH", body }), withParams({ id }));

describe("GET /api/v1/postmortems and /{id}", () => {
  it("lists newest first by status, a page at a time, and reads one with its sections and key times", async () => {
    const older = await postmortemOf({ status: "IN_REVIEW" });
    const newer = await postmortemOf({ status: "IN_REVIEW" });
    const { secret } = await tokenWith(["postmortems:read"]);
    const first = await listRoute(request(`${API}/postmortems?status=IN_REVIEW&take=1`, secret), none);
    expect(first.status).toBe(200);
    const page = await first.json();
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([newer.postmortem.id]);
    expect(page.items[0]).toMatchObject({
      status: "IN_REVIEW",
      incident: { number: newer.incident.number, title: newer.incident.title, severity: "SEV2" },
      url: expect.stringMatching(new RegExp(`/postmortems/${newer.postmortem.id}$`)),
    });
    const next = await (
      await listRoute(request(`${API}/postmortems?status=IN_REVIEW&take=1&cursor=${page.nextCursor}`, secret), none)
    ).json();
    expect(next.items.map((p: { id: string }) => p.id)).toEqual([older.postmortem.id]);
    expect(await invalidFields(await listRoute(request(`${API}/postmortems?status=LOST`, secret), none))).toEqual([
      "status",
    ]);
    expect(await invalidFields(await listRoute(request(`${API}/postmortems?cursor=x`, secret), none))).toEqual([
      "cursor",
    ]);

    const id = newer.postmortem.id;
    const one = await getRoute(request(`${API}/postmortems/${id}`, secret), withParams({ id }));
    expect(one.status).toBe(200);
    const postmortem = await one.json();
    expect(postmortem).toMatchObject({ id, status: "IN_REVIEW", incident: { status: "RESOLVED" } });
    expect(postmortem.sections.map((s: { key: string }) => s.key)).toEqual([
      "SUMMARY",
      "ROOT_CAUSE",
      "CONTRIBUTING_FACTORS",
      "LESSONS_LEARNED",
      "PROCESS_IMPROVEMENTS",
    ]);
    const keyTimes = Object.fromEntries(postmortem.keyTimes.map((k: { kind: string; at: string }) => [k.kind, k.at]));
    expect(keyTimes.IMPACT_STARTED).toBe(newer.incident.startedAt.toISOString());
    expect(keyTimes.RESOLVED).toBe(newer.incident.resolvedAt!.toISOString());
    await problem(await getRoute(request(`${API}/postmortems/nope`, secret), withParams({ id: "nope" })), 404);
  });

  it("refuses a token without postmortems:read", async () => {
    const { secret } = await tokenWith(["slo:read"]);
    await problem(await listRoute(request(`${API}/postmortems`, secret), none), 403);
    await problem(await itemsRoute(request(`${API}/action-items`, secret), none), 403);
  });
});

describe("POST /api/v1/action-items", () => {
  it("adds an item to a postmortem, audited as the token, and lists it under its filters", async () => {
    const { postmortem } = await postmortemOf();
    const owner = await createTestUser("RESPONDER");
    const { secret, token } = await tokenWith(["postmortems:write"]);
    const dueDate = dayAfter(new Date(), 7);
    const response = await create(secret, {
      postmortemId: postmortem.id,
      title: "Alert on docs build time",
      ownerId: owner.id,
      dueDate,
      priority: "HIGH",
    });
    expect(response.status).toBe(201);
    const item = await response.json();
    expect(item).toMatchObject({
      postmortemId: postmortem.id,
      title: "Alert on docs build time",
      status: "OPEN",
      priority: "HIGH",
      owner: { id: owner.id, name: owner.name },
      dueDate,
      overdue: false,
    });
    const [audit] = await db.auditLog.findMany({ where: { action: "action-item.create", entityId: item.id } });
    expect(audit).toMatchObject({ actorLabel: `token ${token.name}`, actorId: null });

    await create(secret, { postmortemId: postmortem.id, title: "Second" });
    const query = `postmortemId=${postmortem.id}&take=1`;
    const first = await (await itemsRoute(request(`${API}/action-items?${query}`, secret), none)).json();
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const second = await (
      await itemsRoute(request(`${API}/action-items?${query}&cursor=${first.nextCursor}`, secret), none)
    ).json();
    expect(second.items.map((i: { title: string }) => i.title)).toEqual(["Second"]);
    expect(second.nextCursor).toBeNull();
    const byOwner = await (
      await itemsRoute(request(`${API}/action-items?ownerId=${owner.id}&status=OPEN`, secret), none)
    ).json();
    expect(byOwner.items.map((i: { id: string }) => i.id)).toEqual([item.id]);
    const twoStatuses = `${API}/action-items?postmortemId=${postmortem.id}&status=OPEN&status=DONE`;
    const both = await (await itemsRoute(request(twoStatuses, secret), none)).json();
    expect(both.items).toHaveLength(2);
    const doneOnly = `${API}/action-items?postmortemId=${postmortem.id}&status=DONE`;
    expect((await (await itemsRoute(request(doneOnly, secret), none)).json()).items).toEqual([]);
    // `status` may repeat, so the bad value is named by its position.
    const badStatus = `${API}/action-items?status=OPEN&status=MAYBE`;
    expect(await invalidFields(await itemsRoute(request(badStatus, secret), none))).toEqual(["status.1"]);
  });

  it("refuses without the write scope or when the creator may not write, 404 and 409 for the postmortem, 422 naming fields", async () => {
    const { postmortem } = await postmortemOf();
    const reader = await tokenWith(["postmortems:read"]);
    await problem(await create(reader.secret, { postmortemId: postmortem.id, title: "No" }), 403);
    const writer = await tokenWith(["postmortems:write"]);
    expect(
      await invalidFields(await create(writer.secret, { postmortemId: postmortem.id, priority: "URGENT" })),
    ).toEqual(["priority", "title"]);
    await problem(await create(writer.secret, { postmortemId: "no-such-postmortem", title: "No" }), 404);
    const published = await postmortemOf({ status: "PUBLISHED" });
    await problem(await create(writer.secret, { postmortemId: published.postmortem.id, title: "No" }), 409);
    await writer.demote("STAKEHOLDER");
    await problem(await create(writer.secret, { postmortemId: postmortem.id, title: "No" }), 403);
    expect(await db.actionItem.count({ where: { postmortemId: postmortem.id } })).toBe(0);
  });
});

describe("PATCH /api/v1/action-items/{id}", () => {
  it("changes only the fields sent; won't do needs a reason; audited as the token", async () => {
    const { postmortem } = await postmortemOf();
    const { secret, token } = await tokenWith(["postmortems:write"]);
    const dueDate = dayAfter(new Date(), 3);
    const item = await (await create(secret, { postmortemId: postmortem.id, title: "Runbook", dueDate })).json();

    expect(await invalidFields(await patch(secret, item.id, { status: "WONT_DO" }))).toEqual(["wontDoReason"]);
    expect(await invalidFields(await patch(secret, item.id, { dueDate: "2026-02-30" }))).toEqual(["dueDate"]);
    const done = await patch(secret, item.id, { status: "WONT_DO", wontDoReason: "Covered by the new pipeline" });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      title: "Runbook",
      dueDate,
      status: "WONT_DO",
      wontDoReason: "Covered by the new pipeline",
    });
    const cleared = await (await patch(secret, item.id, { dueDate: null, status: "IN_PROGRESS" })).json();
    expect(cleared).toMatchObject({ title: "Runbook", dueDate: null, status: "IN_PROGRESS", wontDoReason: null });
    const audits = await db.auditLog.findMany({ where: { action: "action-item.update", entityId: item.id } });
    expect(audits.map((a) => a.actorLabel)).toEqual([`token ${token.name}`, `token ${token.name}`]);
  });

  it("answers 404 for an unknown item, 403 without the scope or when the creator may not write", async () => {
    const { postmortem } = await postmortemOf();
    const writer = await tokenWith(["postmortems:write"]);
    const item = await (await create(writer.secret, { postmortemId: postmortem.id, title: "Keep" })).json();
    await problem(await patch(writer.secret, "no-such-item", { status: "DONE" }), 404);
    const reader = await tokenWith(["postmortems:read"]);
    await problem(await patch(reader.secret, item.id, { status: "DONE" }), 403);
    await writer.demote("STAKEHOLDER");
    await problem(await patch(writer.secret, item.id, { status: "DONE" }), 403);
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");
  });
});
