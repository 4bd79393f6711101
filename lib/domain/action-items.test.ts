import { describe, expect, it } from "vitest";
import {
  assignedMessage,
  changeActionItemStatusSchema,
  createActionItemSchema,
  dayOf,
  dueDateOf,
  isOverdue,
  listActionItemsSchema,
  overdueMessage,
  overdueText,
  pastDueDateError,
  statusFields,
  WONT_DO_REASON_REQUIRED,
} from "./action-items";

const at = (iso: string) => new Date(iso);

describe("due dates", () => {
  it("are calendar days stored as their last millisecond (UTC)", () => {
    expect(dueDateOf("2026-03-10")).toEqual(at("2026-03-10T23:59:59.999Z"));
    expect(dayOf(at("2026-03-10T23:59:59.999Z"))).toBe("2026-03-10");
  });

  it("refuse what is not a real day", () => {
    expect(dueDateOf("2026-02-30")).toBeNull();
    expect(dueDateOf("10/03/2026")).toBeNull();
    expect(dueDateOf("2026-3-1")).toBeNull();
  });

  it("may be today but not a day that has passed", () => {
    const now = at("2026-03-10T15:00:00Z");
    expect(pastDueDateError(dueDateOf("2026-03-10")!, now)).toBeNull();
    expect(pastDueDateError(dueDateOf("2026-03-09")!, now)).toMatch(/has passed/);
    expect(pastDueDateError(undefined, now)).toBeNull();
  });
});

describe("overdue", () => {
  const due = dueDateOf("2026-03-10")!;

  it("starts when the due day has ended, for open items only", () => {
    expect(isOverdue({ status: "OPEN", dueDate: due }, at("2026-03-10T23:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: due }, at("2026-03-11T00:00:00Z"))).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: due }, at("2026-03-12T00:00:00Z"))).toBe(true);
    expect(isOverdue({ status: "DONE", dueDate: due }, at("2026-03-12T00:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "WONT_DO", dueDate: due }, at("2026-03-12T00:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, at("2026-03-12T00:00:00Z"))).toBe(false);
  });

  it("is said in words", () => {
    expect(overdueText(due, at("2026-03-14T01:00:00Z"))).toBe("Overdue by 3 days");
    expect(overdueText(due, at("2026-03-12T00:00:00Z"))).toBe("Overdue by 1 day");
    expect(overdueText(due, at("2026-03-11T05:30:00Z"))).toBe("Overdue by 5 hours");
    expect(overdueText(due, at("2026-03-11T01:00:00Z"))).toBe("Overdue by 1 hour");
    expect(overdueText(due, at("2026-03-11T00:10:00Z"))).toBe("Overdue by less than an hour");
  });
});

describe("status changes", () => {
  const now = at("2026-03-10T12:00:00Z");
  const earlier = at("2026-03-01T12:00:00Z");

  it("record when an item was done, keep it when saved done again, clear it when reopened", () => {
    expect(statusFields({ status: "OPEN", completedAt: null }, "DONE", undefined, now)).toEqual({
      status: "DONE",
      completedAt: now,
      wontDoReason: null,
    });
    expect(statusFields({ status: "DONE", completedAt: earlier }, "DONE", undefined, now).completedAt).toEqual(earlier);
    expect(statusFields({ status: "DONE", completedAt: earlier }, "OPEN", undefined, now).completedAt).toBeNull();
  });

  it("keep a reason for won't do only", () => {
    expect(statusFields({ status: "OPEN", completedAt: null }, "WONT_DO", "Replaced", now).wontDoReason).toBe(
      "Replaced",
    );
    expect(statusFields({ status: "WONT_DO", completedAt: null }, "IN_PROGRESS", "Replaced", now).wontDoReason).toBe(
      null,
    );
  });

  it("need a reason for won't do, named on its field", () => {
    const missing = changeActionItemStatusSchema.safeParse({ id: "a", status: "WONT_DO", wontDoReason: "  " });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["wontDoReason", WONT_DO_REASON_REQUIRED],
    ]);
    expect(changeActionItemStatusSchema.safeParse({ id: "a", status: "DONE" }).success).toBe(true);
  });
});

describe("input", () => {
  it("names each bad field", () => {
    const result = createActionItemSchema.safeParse({
      postmortemId: "pm",
      title: "",
      dueDate: "2026-02-30",
      priority: "URGENT",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["dueDate", "priority", "title"]);
  });

  it("treats empty form fields as not given", () => {
    const parsed = createActionItemSchema.parse({
      postmortemId: "pm",
      title: " Alert on disk ",
      ownerId: "",
      dueDate: "",
      priority: "",
      componentId: "",
    });
    expect(parsed).toEqual({
      postmortemId: "pm",
      title: "Alert on disk",
      successCriteria: "",
      ownerId: undefined,
      dueDate: undefined,
      priority: "MEDIUM",
      componentId: undefined,
    });
  });

  it("reads list filters as a GET form sends them", () => {
    expect(listActionItemsSchema.parse({ status: "OPEN", overdue: "1" })).toMatchObject({
      status: ["OPEN"],
      overdue: true,
    });
    expect(listActionItemsSchema.parse({ status: ["OPEN", "DONE"] }).status).toEqual(["OPEN", "DONE"]);
    expect(listActionItemsSchema.parse({})).toMatchObject({ status: [], overdue: false });
    expect(listActionItemsSchema.safeParse({ status: "LATER" }).success).toBe(false);
  });
});

describe("messages", () => {
  it("tell the owner what, when and where", () => {
    const message = assignedMessage({
      title: "Bound the cache",
      dueDate: dueDateOf("2026-03-10"),
      priority: "HIGH",
      successCriteria: "No GC pauses over 1 s",
      incident: { number: 7, title: "Slow docs" },
      link: "http://x/action-items",
    });
    expect(message.subject).toBe("Action item assigned: Bound the cache");
    expect(message.body).toContain("Due: 2026-03-10.");
    expect(message.body).toContain("Priority: High.");
    expect(message.body).toContain("incident #7 (Slow docs)");
    expect(message.body).toContain("http://x/action-items");
    const overdue = overdueMessage({
      title: "Bound the cache",
      dueDate: dueDateOf("2026-03-10")!,
      incident: { number: 7 },
      link: "http://x/y",
    });
    expect(overdue.subject).toBe("Action item overdue: Bound the cache");
    expect(overdue.body).toContain("was due on 2026-03-10");
    expect(overdue.body).toContain("from the postmortem of incident #7 was due");
  });

  it("name a DR test run as the source of an item that came from one", () => {
    const message = assignedMessage({
      title: "RTO missed",
      dueDate: null,
      priority: "HIGH",
      successCriteria: "",
      drTest: { name: "Backup restoration" },
      link: "http://x",
    });
    expect(message.body).toContain('"RTO missed" from the DR test run of Backup restoration.');
  });
});
