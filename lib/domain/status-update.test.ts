import { describe, expect, it } from "vitest";
import {
  audienceCounts,
  overdueMinutes,
  postedSummary,
  postUpdateSchema,
  promisedAt,
  updateDeliveryPrefix,
} from "./status-update";

const base = {
  key: "k".repeat(20),
  incidentId: "inc1",
  status: "IDENTIFIED",
  message: "Fixing it",
  subject: "Subject",
  body: "Body",
  shortText: "",
  groupIds: ["g1"],
  nextUpdate: "30",
};

const errors = (input: Record<string, unknown>) => {
  const result = postUpdateSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("postUpdateSchema", () => {
  it("accepts a form post: checkboxes as 'on', minutes as text, empty optional fields", () => {
    const parsed = postUpdateSchema.parse({
      ...base,
      public: "on",
      notifySubscribers: "on",
      templateId: "",
      templateVersion: "2",
      nextUpdate: "custom",
      customMinutes: "45",
      publicTitle: "",
    });
    expect(parsed).toMatchObject({
      public: true,
      notifySubscribers: true,
      templateId: undefined,
      templateVersion: 2,
      customMinutes: 45,
      publicTitle: undefined,
      componentStates: {},
    });
  });

  it("needs an audience, subscribers only with the status page, and e-mail text for groups", () => {
    expect(errors({ ...base, groupIds: [] })).toEqual({ audiences: "Choose at least one audience" });
    expect(errors({ ...base, notifySubscribers: true })).toEqual({
      notifySubscribers: "Subscribers hear only what is public",
    });
    expect(errors({ ...base, subject: "", body: " " })).toEqual({
      subject: "The e-mail subject is required",
      body: "The e-mail body is required",
    });
    expect(errors({ ...base, groupIds: [], public: true, subject: "", body: "" })).toEqual({});
  });

  it("blocks sending while a placeholder is unfilled, naming it on its field", () => {
    expect(errors({ ...base, message: "Resolved at {resolution_time}", shortText: "{a} {b}" })).toEqual({
      message: "Fill in {resolution_time} before sending",
      shortText: "Fill in {a}, {b} before sending",
    });
  });

  it("promises nothing once resolved, and asks for minutes when custom", () => {
    expect(errors({ ...base, status: "RESOLVED" })).toEqual({
      nextUpdate: "A resolved incident promises no next update",
    });
    expect(errors({ ...base, status: "RESOLVED", nextUpdate: "none" })).toEqual({});
    expect(errors({ ...base, nextUpdate: "custom" })).toEqual({ customMinutes: "How many minutes?" });
    expect(errors({ ...base, nextUpdate: "custom", customMinutes: "0" })).toEqual({
      customMinutes: "At least 1 minute",
    });
    expect(errors({ ...base, nextUpdate: "soon" })).toEqual({ nextUpdate: "Choose when the next update comes" });
  });

  it("refuses a missing or malformed key and unknown component states", () => {
    expect(errors({ ...base, key: "x" })).toEqual({ key: "Reload the page and try again" });
    expect(errors({ ...base, componentStates: { c1: "BROKEN" } })).toMatchObject({
      "componentStates.c1": expect.stringContaining("Choose OPERATIONAL"),
    });
  });
});

describe("the next-update promise", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  it("is due N minutes on, or never", () => {
    expect(promisedAt("15", undefined, now)).toEqual(new Date("2026-01-01T12:15:00Z"));
    expect(promisedAt("custom", 90, now)).toEqual(new Date("2026-01-01T13:30:00Z"));
    expect(promisedAt("none", undefined, now)).toBeNull();
  });
  it("counts whole minutes overdue, zero before it is due", () => {
    expect(overdueMinutes(new Date("2026-01-01T11:52:30Z"), now)).toBe(7);
    expect(overdueMinutes(new Date("2026-01-01T12:05:00Z"), now)).toBe(0);
  });
});

describe("audience summary", () => {
  it("counts each group's and the subscribers' deliveries by outcome", () => {
    const key = (g: string, n: string) => `${updateDeliveryPrefix("u1", g)}:EMAIL:${n}`;
    const counts = audienceCounts("u1", [
      { idempotencyKey: key("g1", "a"), status: "SENT" },
      { idempotencyKey: key("g1", "b"), status: "FAILED" },
      { idempotencyKey: key("g1", "c"), status: "DEAD" },
      { idempotencyKey: key("g2", "a"), status: "PENDING" },
      { idempotencyKey: "sub:u1:x", status: "SENT", subscriberId: "s1" },
      { idempotencyKey: "update:u2:g:g1:EMAIL:a", status: "SENT" },
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      g1: { sent: 1, failed: 2, pending: 0 },
      g2: { sent: 0, failed: 0, pending: 1 },
      subscribers: { sent: 1, failed: 0, pending: 0 },
    });
  });

  it("says on the timeline where an update went, in counts", () => {
    expect(
      postedSummary({
        status: "MONITORING",
        published: true,
        subscribers: false,
        groups: [{ name: "CTO", messages: 1 }],
        nextUpdateAt: new Date("2026-01-01T12:30:00Z"),
      }),
    ).toBe("Update (MONITORING) posted to status page, CTO (1 message); next update by 12:30 UTC");
    expect(
      postedSummary({ status: "RESOLVED", published: false, subscribers: false, groups: [], nextUpdateAt: null }),
    ).toBe("Update (RESOLVED) posted to nobody — not public");
  });
});
