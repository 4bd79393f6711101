// The list across postmortems: filters by owner, status, overdue and component, open items
// first, and each item's later incidents on its component (newest first, a few, never earlier ones).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf } from "@/scripts/test/fixtures";
import { users, type TestUser } from "../incidents/test-fixtures";
import { changeActionItemStatus } from "./change-status";
import { createActionItem } from "./create";
import { listActionItems } from "./list";
import { dayAfter, ownComponent, resolvedIncident } from "./test-fixtures";

const DAY_MS = 86_400_000;
let author: TestUser;
let owner: TestUser;
let otherOwner: TestUser;
let reader: TestUser;

beforeAll(async () => {
  [author, owner, otherOwner, reader] = await users("COMMANDER", "RESPONDER", "RESPONDER", "STAKEHOLDER");
});

const now = new Date();
const daysFromNow = (n: number) => new Date(now.getTime() + n * DAY_MS);

/** An incident on `componentId` that started at `startedAt`. */
async function incidentOn(componentId: string, startedAt: Date) {
  const incident = await resolvedIncident(startedAt, []);
  await db.incidentComponent.create({ data: { incidentId: incident.id, componentId } });
  return incident;
}

describe("listing action items", () => {
  const ids: Record<string, string> = {};
  let componentId: string;
  let numbers: Record<string, number>;

  beforeAll(async () => {
    const component = await ownComponent();
    componentId = component.id;
    const incident = await incidentOn(componentId, daysFromNow(-30));
    const postmortem = await db.postmortem.create({ data: { incidentId: incident.id } });
    const earlier = await incidentOn(componentId, daysFromNow(-31));
    const later = [];
    for (const n of [-20, -15, -10, -5]) later.push(await incidentOn(componentId, daysFromNow(n)));
    numbers = { earlier: earlier.number, ...Object.fromEntries(later.map((l, i) => [`l${i + 1}`, l.number])) };

    // Made three days ago, so a due date of yesterday was still ahead then.
    const ctx = ctxOf(author, daysFromNow(-3));
    const add = async (key: string, fields: Record<string, unknown>) => {
      ids[key] = (await createActionItem(ctx, { postmortemId: postmortem.id, title: `Item ${key}`, ...fields })).id;
    };
    await add("overdue", { ownerId: owner.id, dueDate: dayAfter(now, -1), componentId });
    await add("ahead", { ownerId: owner.id, dueDate: dayAfter(now, 5) });
    await add("done", { ownerId: owner.id, dueDate: dayAfter(now, -1) });
    await add("wont", { ownerId: owner.id });
    await add("others", { ownerId: otherOwner.id, dueDate: dayAfter(now, -2), componentId });
    await changeActionItemStatus(ctx, { id: ids.ahead, status: "IN_PROGRESS" });
    await changeActionItemStatus(ctx, { id: ids.done, status: "DONE" });
    await changeActionItemStatus(ctx, { id: ids.wont, status: "WONT_DO", wontDoReason: "Superseded" });
  });

  const titles = (rows: { title: string }[]) => rows.map((r) => r.title.replace("Item ", ""));

  it("filters by owner, open items first and soonest due first", async () => {
    const rows = await listActionItems(ctxOf(reader, now), { ownerId: owner.id });
    expect(titles(rows)).toEqual(["overdue", "ahead", "done", "wont"]);
    expect(rows.map((r) => r.overdue)).toEqual([true, false, false, false]);
    expect(rows[0].postmortem?.incident.title).toMatch(/^Incident /);
  });

  it("shows only open items whose due day has passed when asked for overdue ones", async () => {
    expect(titles(await listActionItems(ctxOf(reader, now), { ownerId: owner.id, overdue: "1" }))).toEqual(["overdue"]);
    expect(titles(await listActionItems(ctxOf(reader, now), { componentId, overdue: "on" }))).toEqual([
      "others",
      "overdue",
    ]);
    // Seen from four days ago, nothing was overdue yet.
    expect(await listActionItems(ctxOf(reader, daysFromNow(-4)), { ownerId: owner.id, overdue: "1" })).toEqual([]);
  });

  it("filters by one or more statuses, and by component", async () => {
    const closed = await listActionItems(ctxOf(reader, now), { ownerId: owner.id, status: ["DONE", "WONT_DO"] });
    expect(titles(closed).sort()).toEqual(["done", "wont"]);
    expect(titles(await listActionItems(ctxOf(reader, now), { ownerId: owner.id, status: "IN_PROGRESS" }))).toEqual([
      "ahead",
    ]);
    expect(await listActionItems(ctxOf(reader, now), { ownerId: owner.id, status: "DONE", overdue: "1" })).toEqual([]);
    expect(titles(await listActionItems(ctxOf(reader, now), { componentId }))).toEqual(["others", "overdue"]);
  });

  it("gives each item the newest few later incidents of its component, never earlier ones", async () => {
    const [overdue] = await listActionItems(ctxOf(reader, now), { ownerId: owner.id, overdue: "1" });
    expect(overdue.laterIncidents.map((i) => i.number)).toEqual([numbers.l4, numbers.l3, numbers.l2]);
    expect(overdue.laterIncidents.map((i) => i.number)).not.toContain(numbers.earlier);
    const [ahead] = await listActionItems(ctxOf(reader, now), { ownerId: owner.id, status: "IN_PROGRESS" });
    expect(ahead.laterIncidents).toEqual([]);
  });

  it("refuses a filter that is not a status, naming it", async () => {
    await expect(listActionItems(ctxOf(reader, now), { status: "LATER" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "status.0": [expect.stringMatching(/^Choose/)] },
    });
  });
});
