// Action items on a postmortem: each bad field named, owners told once per owner, won't do with
// its reason, done and reopened, kept once the postmortem is published, and the roles that may write.
import { beforeAll, describe, expect, it } from "vitest";
import { dueDateOf } from "@/lib/domain/action-items";
import { actionItemDueKeyPrefix } from "@/lib/domain/jobs";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { componentIds, users, type TestUser } from "../incidents/test-fixtures";
import { changeActionItemStatus } from "./change-status";
import { createActionItem } from "./create";
import { deleteActionItem } from "./delete";
import { dayAfter, postmortemOf, sentFor } from "./test-fixtures";
import { updateActionItem } from "./update";

let author: TestUser;
let owner: TestUser;
let otherOwner: TestUser;
let stakeholder: TestUser;

beforeAll(async () => {
  [author, owner, otherOwner, stakeholder] = await users("RESPONDER", "RESPONDER", "COMMANDER", "STAKEHOLDER");
});

const now = () => new Date();

describe("creating an action item", () => {
  it("names every bad field and keeps nothing", async () => {
    const { postmortem } = await postmortemOf();
    const [unaffected] = await componentIds("ci-cd-pipeline");
    const error = await rejection(() =>
      createActionItem(ctxOf(author, now()), {
        postmortemId: postmortem.id,
        title: "",
        dueDate: "2026-02-30",
        priority: "SOON",
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["dueDate", "priority", "title"]);

    const refs = await rejection(() =>
      createActionItem(ctxOf(author, now()), {
        postmortemId: postmortem.id,
        title: "Alert on registry storage",
        ownerId: stakeholder.id,
        dueDate: dayAfter(now(), -1),
        componentId: unaffected,
      }),
    );
    expect(refs.code).toBe("VALIDATION");
    expect(refs.fieldErrors).toEqual({
      ownerId: ["Stakeholders are read-only and cannot own action items"],
      dueDate: ["The due date has passed; choose today or a later day"],
      componentId: ["Choose one of the components this incident affected"],
    });
    expect(await db.actionItem.count({ where: { postmortemId: postmortem.id } })).toBe(0);
  });

  it("accepts today as the due date, stores it as that day, and schedules the reminder", async () => {
    const { postmortem } = await postmortemOf();
    const at = new Date("2026-11-30T15:00:00Z");
    const [component] = await componentIds("documentation-generation");
    const item = await createActionItem(ctxOf(author, at), {
      postmortemId: postmortem.id,
      title: "Bound the template cache",
      successCriteria: "No GC pause over 1 s for a week",
      ownerId: owner.id,
      dueDate: "2026-11-30",
      priority: "HIGH",
      componentId: component,
    });
    expect(item).toMatchObject({
      status: "OPEN",
      priority: "HIGH",
      dueDate: dueDateOf("2026-11-30"),
      componentId: component,
    });
    const jobs = await db.job.findMany({ where: { key: { startsWith: actionItemDueKeyPrefix(item.id) } } });
    expect(jobs.map((j) => [j.kind, j.runAt])).toEqual([["action-item-due", dueDateOf("2026-11-30")]]);
    const audit = await db.auditLog.findMany({ where: { entityId: item.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["action-item.create", author.id]]);
  });

  it("is refused on a published postmortem and for read-only people", async () => {
    const { postmortem } = await postmortemOf({ status: "PUBLISHED" });
    const published = await rejection(() =>
      createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Late idea" }),
    );
    expect(published.code).toBe("CONFLICT");
    expect(published.fieldErrors).toHaveProperty("postmortemId");

    const draft = await postmortemOf();
    const denied = await rejection(() =>
      createActionItem(ctxOf(stakeholder, now()), { postmortemId: draft.postmortem.id, title: "Not mine to add" }),
    );
    expect(denied.code).toBe("FORBIDDEN");
  });
});

describe("telling the owner", () => {
  it("tells an owner once, in the app and by e-mail; re-saving sends nothing; a new owner is told once", async () => {
    const { postmortem, incident } = await postmortemOf();
    const due = dayAfter(now(), 7);
    const fields = { title: "Rotate backup registry credentials", dueDate: due, priority: "MEDIUM" };
    const item = await createActionItem(ctxOf(author, now()), {
      postmortemId: postmortem.id,
      ...fields,
      ownerId: owner.id,
    });
    const first = await sentFor(item.id, "assigned");
    expect(first.map((d) => [d.channel, d.userId, d.incidentId])).toEqual([
      ["EMAIL", owner.id, incident.id],
      ["IN_APP", owner.id, incident.id],
    ]);
    expect(first[0].subject).toBe("Action item assigned: Rotate backup registry credentials");
    expect(first[0].body).toContain(`Due: ${due}.`);
    expect(first[0].body).toContain(`/action-items?ownerId=${owner.id}`);
    expect(await db.job.count({ where: { key: `deliver:${first[0].id}:0` } })).toBe(1);

    await updateActionItem(ctxOf(author, now()), { id: item.id, ...fields, ownerId: owner.id, priority: "HIGH" });
    expect(await sentFor(item.id, "assigned")).toHaveLength(2);

    await updateActionItem(ctxOf(author, now()), { id: item.id, ...fields, ownerId: otherOwner.id });
    await updateActionItem(ctxOf(author, now()), { id: item.id, ...fields, ownerId: otherOwner.id, title: "Renamed" });
    const all = await sentFor(item.id, "assigned");
    expect(all.map((d) => [d.channel, d.userId])).toEqual(
      expect.arrayContaining([
        ["EMAIL", otherOwner.id],
        ["IN_APP", otherOwner.id],
      ]),
    );
    expect(all).toHaveLength(4);
  });

  it("sends nothing for an item without an owner", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Nobody yet" });
    expect(item.ownerId).toBeNull();
    expect(await sentFor(item.id, "assigned")).toHaveLength(0);
  });
});

describe("updating", () => {
  it("keeps an unchanged past due date but refuses moving it into the past", async () => {
    const { postmortem } = await postmortemOf();
    const created = new Date("2026-06-01T10:00:00Z");
    const item = await createActionItem(ctxOf(author, created), {
      postmortemId: postmortem.id,
      title: "Write the runbook",
      dueDate: "2026-06-03",
    });
    const later = new Date("2026-06-10T10:00:00Z");
    const saved = await updateActionItem(ctxOf(author, later), {
      id: item.id,
      title: "Write the failover runbook",
      dueDate: "2026-06-03",
    });
    expect(saved.title).toBe("Write the failover runbook");
    const moved = await rejection(() =>
      updateActionItem(ctxOf(author, later), { id: item.id, title: "Write it", dueDate: "2026-06-05" }),
    );
    expect(moved.fieldErrors).toEqual({ dueDate: ["The due date has passed; choose today or a later day"] });
  });

  it("stays possible after the postmortem is published; deleting does not", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Keep me" });
    await db.postmortem.update({ where: { id: postmortem.id }, data: { status: "PUBLISHED", publishedAt: now() } });

    const saved = await updateActionItem(ctxOf(author, now()), { id: item.id, title: "Keep me, renamed" });
    expect(saved.title).toBe("Keep me, renamed");
    const done = await changeActionItemStatus(ctxOf(author, now()), { id: item.id, status: "DONE" });
    expect(done.status).toBe("DONE");

    const refused = await rejection(() => deleteActionItem(ctxOf(author, now()), { id: item.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/won't do/);
    expect(await db.actionItem.count({ where: { id: item.id } })).toBe(1);
  });

  it("deletes from an unpublished postmortem, audited", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Drop me" });
    await deleteActionItem(ctxOf(author, now()), { id: item.id });
    expect(await db.actionItem.count({ where: { id: item.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: item.id, action: "action-item.delete" } })).toBe(1);
  });
});

describe("status", () => {
  it("won't do needs a reason, named on its field", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Maybe" });
    const error = await rejection(() =>
      changeActionItemStatus(ctxOf(author, now()), { id: item.id, status: "WONT_DO", wontDoReason: "" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ wontDoReason: ["Say why it will not be done"] });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("OPEN");

    const wont = await changeActionItemStatus(ctxOf(author, now()), {
      id: item.id,
      status: "WONT_DO",
      wontDoReason: "The registry is being replaced",
    });
    expect(wont).toMatchObject({
      status: "WONT_DO",
      wontDoReason: "The registry is being replaced",
      completedAt: null,
    });
  });

  it("done records when; reopening clears it", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Do it" });
    const at = new Date("2026-12-01T09:30:00Z");
    const done = await changeActionItemStatus(ctxOf(owner, at), { id: item.id, status: "DONE" });
    expect(done.completedAt).toEqual(at);
    const reopened = await changeActionItemStatus(ctxOf(owner, at), { id: item.id, status: "IN_PROGRESS" });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    const audit = await db.auditLog.findMany({ where: { entityId: item.id, action: "action-item.status" } });
    expect(audit).toHaveLength(2);
  });

  it("is refused to read-only people", async () => {
    const { postmortem } = await postmortemOf();
    const item = await createActionItem(ctxOf(author, now()), { postmortemId: postmortem.id, title: "Mine" });
    const denied = await rejection(() =>
      changeActionItemStatus(ctxOf(stakeholder, now()), { id: item.id, status: "DONE" }),
    );
    expect(denied.code).toBe("FORBIDDEN");
  });
});
