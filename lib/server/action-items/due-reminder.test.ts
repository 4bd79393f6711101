// Overdue reminders through the real worker: an open item's owner is told once when its due day
// has ended; a done item, or one given a new due date, is not reminded for the old date, and the
// new date's reminder fires in its turn.
import { beforeAll, describe, expect, it } from "vitest";
import { dueDateOf } from "@/lib/domain/action-items";
import { actionItemDueKeyPrefix, parseJob } from "@/lib/domain/jobs";
import { systemCtx } from "@/lib/server/context";
import { db } from "@/lib/server/db";
import { ctxOf } from "@/scripts/test/fixtures";
import { users, type TestUser } from "../incidents/test-fixtures";
import { HANDLERS } from "../jobs/handlers";
import { clockFrom, runWorkerUntil } from "../jobs/test-worker";
import { changeActionItemStatus } from "./change-status";
import { createActionItem } from "./create";
import { dayAfter, postmortemOf, sentFor } from "./test-fixtures";
import { updateActionItem } from "./update";

let author: TestUser;
let owner: TestUser;

beforeAll(async () => {
  [author, owner] = await users("COMMANDER", "RESPONDER");
});

const dueJob = (itemId: string, day: string) =>
  db.job.findUniqueOrThrow({ where: { key: `${actionItemDueKeyPrefix(itemId)}${dueDateOf(day)!.toISOString()}` } });

/** Runs the worker on a clock just after the end of `day` until that day's reminder for the item has run. */
async function runPast(itemId: string, day: string) {
  const clock = clockFrom(new Date(dueDateOf(day)!.getTime() + 1_000));
  await runWorkerUntil(async () => (await dueJob(itemId, day)).status === "DONE", { clock, timeoutMs: 40_000 });
}

async function newItem(dueDay: string) {
  const { postmortem } = await postmortemOf();
  return createActionItem(ctxOf(author, new Date()), {
    postmortemId: postmortem.id,
    title: `Alert on registry storage ${dueDay}`,
    ownerId: owner.id,
    dueDate: dueDay,
  });
}

describe("the overdue reminder", () => {
  it("tells the owner once, in the app and by e-mail, when the due day has ended", async () => {
    const day = dayAfter(new Date(), 2);
    const item = await newItem(day);
    expect(await sentFor(item.id, "overdue")).toHaveLength(0);

    await runPast(item.id, day);
    const sent = await sentFor(item.id, "overdue");
    expect(sent.map((d) => [d.channel, d.userId])).toEqual([
      ["EMAIL", owner.id],
      ["IN_APP", owner.id],
    ]);
    expect(sent[0].subject).toBe(`Action item overdue: ${item.title}`);
    expect(sent[0].body).toContain(`was due on ${day}`);

    // At-least-once: the same reminder run again (a takeover after a crash) sends nothing more.
    const job = await dueJob(item.id, day);
    const parsed = parseJob(job.kind, job.payload);
    if (parsed.kind !== "action-item-due") throw new Error(`not an action item reminder: ${job.kind}`);
    await HANDLERS["action-item-due"](systemCtx(new Date(job.runAt.getTime() + 60_000)), parsed.payload);
    expect(await sentFor(item.id, "overdue")).toHaveLength(2);
  });

  it("does nothing for an item that is done", async () => {
    const day = dayAfter(new Date(), 3);
    const item = await newItem(day);
    await changeActionItemStatus(ctxOf(owner, new Date()), { id: item.id, status: "DONE" });
    await runPast(item.id, day);
    expect(await sentFor(item.id, "overdue")).toHaveLength(0);
  });

  it("does nothing for a moved due date, and reminds on the new one", async () => {
    const first = dayAfter(new Date(), 4);
    const second = dayAfter(new Date(), 9);
    const item = await newItem(first);
    await updateActionItem(ctxOf(author, new Date()), {
      id: item.id,
      title: item.title,
      ownerId: owner.id,
      dueDate: second,
    });
    expect(await db.job.count({ where: { key: { startsWith: actionItemDueKeyPrefix(item.id) } } })).toBe(2);

    await runPast(item.id, first);
    expect(await sentFor(item.id, "overdue")).toHaveLength(0);

    await runPast(item.id, second);
    const sent = await sentFor(item.id, "overdue");
    expect(sent).toHaveLength(2);
    expect(sent.every((d) => d.idempotencyKey.includes(dueDateOf(second)!.toISOString()))).toBe(true);
  });
});
