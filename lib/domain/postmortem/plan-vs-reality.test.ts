import { describe, expect, it } from "vitest";
import type { EscalationSnapshot } from "../escalation-snapshot";
import type { KeyTimes } from "./key-times";
import { planVsReality, ROW_KEY, type PlanInput } from "./plan-vs-reality";

const T0 = new Date("2026-11-02T10:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(T0.getTime() + minutes * 60_000 + seconds * 1000);
const NOW = at(3 * 1440);

const times: KeyTimes = {
  IMPACT_STARTED: at(0),
  DETECTED: at(2),
  ACKNOWLEDGED: at(34),
  MITIGATED: at(70),
  RESOLVED: at(95),
};

const snapshot: EscalationSnapshot = {
  policyId: "p",
  name: "Default",
  version: 2,
  repeatCount: 1,
  levels: [
    { id: "l1", position: 1, name: "Primary on-call", roleLabel: "", escalateAfterMinutes: 15, targets: [] },
    { id: "l2", position: 2, name: "Secondary on-call", roleLabel: "", escalateAfterMinutes: 15, targets: [] },
    { id: "l3", position: 3, name: "Engineering manager", roleLabel: "", escalateAfterMinutes: 30, targets: [] },
  ],
};

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    keyTimes: times,
    components: [],
    dataAssets: [],
    obligations: [],
    escalation: { snapshot: null, pages: [] },
    statusUpdates: [],
    now: NOW,
    ...overrides,
  };
}

const brief = (rows: ReturnType<typeof planVsReality>) =>
  rows.map((r) => [r.rowKey, r.plan, r.reality, r.verdict, r.verdictText]);

describe("planVsReality: recovery time", () => {
  it("compares mitigation (else resolution) minus the start with each component's RTO", () => {
    const rows = planVsReality(
      input({
        components: [
          { id: "c1", name: "Critical service", rtoMinutes: 60 },
          { id: "c2", name: "CI/CD pipeline", rtoMinutes: 240 },
        ],
      }),
    );
    expect(brief(rows)).toEqual([
      ["rto:c1", "RTO 1 h", "Recovered in 1 h 10 min", "BREACHED", "breached by 10 min"],
      ["rto:c2", "RTO 4 h", "Recovered in 1 h 10 min", "MET", "met"],
      ["escalation:0", "No policy recorded for this incident", "Nobody paged", "NOT_KNOWN", "not known"],
    ]);
    const unmitigated = planVsReality(
      input({
        keyTimes: { ...times, MITIGATED: null },
        components: [{ id: "c1", name: "Critical service", rtoMinutes: 60 }],
      }),
    );
    expect(brief(unmitigated)[0]).toEqual([
      "rto:c1",
      "RTO 1 h",
      "Recovered in 1 h 35 min (at resolution)",
      "BREACHED",
      "breached by 35 min",
    ]);
    const unknown = planVsReality(
      input({
        keyTimes: { ...times, MITIGATED: null, RESOLVED: null },
        components: [{ id: "c1", name: "x", rtoMinutes: 60 }],
      }),
    );
    expect(unknown[0]).toMatchObject({ verdict: "NOT_KNOWN", verdictText: "not known" });
  });
});

describe("planVsReality: recovery point", () => {
  it("says the data-loss window is not known, for the author to fill in", () => {
    const rows = planVsReality(input({ dataAssets: [{ id: "d1", name: "Generated documentation", rpoMinutes: 15 }] }));
    expect(rows[0]).toMatchObject({
      rowKey: "rpo:d1",
      plan: "RPO 15 min",
      verdict: "NOT_KNOWN",
      verdictText: "not known",
    });
    expect(rows[0].reality).toMatch(/not recorded/);
    const none = planVsReality(input({ dataAssets: [{ id: "d2", name: "Code repository", rpoMinutes: 0 }] }));
    expect(none[0].plan).toBe("RPO 0 min");
  });
});

describe("planVsReality: notifications", () => {
  it("is on time within a minute, late by how much beyond it, missed when never sent", () => {
    const rows = planVsReality(
      input({
        obligations: [
          { id: "o3", groupName: "Executive team", dueAt: at(60), status: "SENT", sentAt: at(67) },
          { id: "o1", groupName: "CTO", dueAt: at(0), status: "SENT", sentAt: at(0, 45) },
          { id: "o2", groupName: "All engineering", dueAt: at(15), status: "PENDING", sentAt: null },
          { id: "o4", groupName: "Board", dueAt: at(60), status: "CANCELLED", sentAt: null },
          { id: "o5", groupName: "Later", dueAt: at(5 * 1440), status: "PENDING", sentAt: null },
        ],
      }),
    ).filter((r) => r.kind === "obligation");
    expect(brief(rows)).toEqual([
      ["obligation:o1", "Notify by +0 s", "Sent +45 s", "MET", "met on time"],
      ["obligation:o2", "Notify by +15 min", "Never sent", "MISSED", "missed"],
      ["obligation:o4", "Notify by +1 h", "No longer owed (severity changed)", "INFO", "cancelled"],
      ["obligation:o3", "Notify by +1 h", "Sent +1 h 7 min", "LATE", "late by 7 min"],
      ["obligation:o5", "Notify by +5 d", "Not sent yet", "INFO", "not due yet"],
    ]);
    expect(rows[3].at).toEqual(at(67));
  });
});

describe("planVsReality: escalation", () => {
  it("sets each planned page before the acknowledgement against the page that went out", () => {
    // Planned: primary +0, secondary +15, manager +30, (repeat) primary +60; acknowledged at +34.
    const rows = planVsReality(
      input({
        escalation: {
          snapshot,
          pages: [
            { levelId: "l1", round: 0, plannedAt: at(0), pagedAt: at(0, 2), acknowledgedAt: null },
            { levelId: "l2", round: 0, plannedAt: at(15), pagedAt: at(19), acknowledgedAt: null },
            { levelId: "l3", round: 0, plannedAt: at(30), pagedAt: at(30, 5), acknowledgedAt: at(34) },
          ],
        },
      }),
    );
    expect(brief(rows)).toEqual([
      ["escalation:0", "Page +0 s", "Paged +2 s", "MET", "met on time"],
      ["escalation:1", "Page +15 min", "Paged +19 min", "LATE", "late by 4 min"],
      ["escalation:2", "Page +30 min", "Paged +30 min; acknowledged at this level +34 min", "MET", "met on time"],
    ]);
    expect(rows.map((r) => r.subject)).toEqual(["Primary on-call", "Secondary on-call", "Engineering manager"]);
  });

  it("flags a planned page that never went out and a page the plan did not call for", () => {
    const rows = planVsReality(
      input({
        keyTimes: { ...times, ACKNOWLEDGED: at(20) },
        escalation: {
          snapshot,
          pages: [
            { levelId: "l1", round: 0, plannedAt: at(0), pagedAt: at(0), acknowledgedAt: null },
            { levelId: "l3", round: 0, plannedAt: at(30), pagedAt: at(31), acknowledgedAt: null },
          ],
        },
      }),
    );
    expect(brief(rows)).toEqual([
      ["escalation:0", "Page +0 s", "Paged +0 s", "MET", "met on time"],
      ["escalation:1", "Page +15 min", "Not paged", "MISSED", "missed"],
      [
        "escalation:2",
        "Not planned (the incident was acknowledged before)",
        "Paged +31 min",
        "INFO",
        "not in the plan",
      ],
    ]);
  });
});

describe("planVsReality: status updates", () => {
  it("lists each update with its audiences and checks it against the previous one's promise", () => {
    const rows = planVsReality(
      input({
        statusUpdates: [
          {
            id: "u2",
            status: "MONITORING",
            publishedAt: at(75),
            public: true,
            notifySubscribers: false,
            groupNames: [],
            nextUpdateAt: null,
          },
          {
            id: "u1",
            status: "INVESTIGATING",
            publishedAt: at(10),
            public: true,
            notifySubscribers: true,
            groupNames: ["Customer success"],
            nextUpdateAt: at(40),
          },
          {
            id: "u3",
            status: "RESOLVED",
            publishedAt: at(95),
            public: false,
            notifySubscribers: false,
            groupNames: [],
            nextUpdateAt: null,
          },
        ],
      }),
    ).filter((r) => r.kind === "update");
    expect(brief(rows)).toEqual([
      [
        "update:u1",
        "First update",
        "Sent +10 min to the public status page, subscribers, Customer success",
        "INFO",
        "sent",
      ],
      ["update:u2", "Promised by +40 min", "Sent +1 h 15 min to the public status page", "LATE", "late by 35 min"],
      ["update:u3", "No time promised", "Sent +1 h 35 min to nobody outside the team (internal)", "INFO", "sent"],
    ]);
  });
});

describe("ROW_KEY", () => {
  it("accepts the row keys the rows use and refuses anything else", () => {
    expect(ROW_KEY.test("rto:cmabc123")).toBe(true);
    expect(ROW_KEY.test("escalation:3")).toBe(true);
    expect(ROW_KEY.test("other:1")).toBe(false);
    expect(ROW_KEY.test("rto:")).toBe(false);
    expect(ROW_KEY.test("rto:a b")).toBe(false);
  });
});
