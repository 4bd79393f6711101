// The overview's "active incidents" and "due next": open incidents only, deadlines soonest first
// across incidents (matrix obligations and escalations), nothing for acknowledged or resolved
// incidents, and no internals for stakeholders.
import { beforeAll, describe, expect, it } from "vitest";
import { acknowledge } from "@/lib/server/incidents/acknowledge";
import { changeStatus } from "@/lib/server/incidents/change-status";
import { declare, later, marker, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { getDueNext } from "./due-next";

describe("getDueNext", () => {
  const tag = marker("due");
  // Deadlines long ago come before anyone else's in the shared database; incidents started in
  // the far future come first in the list of open ones.
  const t0 = new Date("1990-01-01T10:00:00Z");
  const future = new Date("2999-01-01T10:00:00Z");
  let commander: TestUser, responder: TestUser, stakeholder: TestUser;
  const n: Record<string, number> = {};

  beforeAll(async () => {
    [commander, responder, stakeholder] = await users("COMMANDER", "RESPONDER", "STAKEHOLDER");
    const make = async (key: string, at: Date, minute: number, severity: "SEV1" | "SEV2" | "SEV3") => {
      const incident = await declare(commander, { title: `${tag} ${key}`, severity, now: later(at, minute) });
      n[key] = incident.number;
      return incident;
    };
    const resolve = (id: string, at: Date) =>
      changeStatus(ctxOf(commander, at), { incidentId: id, status: "RESOLVED" });
    for (const [prefix, at] of [
      ["", t0],
      ["later-", future],
    ] as const) {
      await make(`${prefix}sev1`, at, 0, "SEV1");
      await make(`${prefix}sev2`, at, 5, "SEV2");
      const acked = await make(`${prefix}acked`, at, 1, "SEV2");
      await acknowledge(ctxOf(responder, later(at, 2)), { incidentId: acked.id });
      await resolve((await make(`${prefix}resolved`, at, 2, "SEV1")).id, later(at, 3));
    }
  });

  const mine = <T extends { incident?: { number: number }; number?: number }>(rows: T[]) =>
    rows.filter((r) => Object.values(n).includes(r.incident?.number ?? r.number ?? -1));

  it("lists open incidents, most severe first, and leaves resolved ones out", async () => {
    const { active, activeTotal } = await getDueNext(ctxOf(responder));
    expect(active[0].number).toBe(n["later-sev1"]);
    expect(mine(active).map((i) => i.number)).toEqual(
      expect.arrayContaining([n["later-sev1"], n["later-sev2"], n["later-acked"]]),
    );
    const sev2s = active.filter((i) => i.severity === "SEV2");
    expect(sev2s.slice(0, 2).map((i) => i.number)).toEqual([n["later-sev2"], n["later-acked"]]);
    expect(active.map((i) => i.number)).not.toContain(n["later-resolved"]);
    expect(activeTotal).toBeGreaterThanOrEqual(3);
    expect(active[0]).toMatchObject({
      severity: expect.any(String),
      status: expect.any(String),
      startedAt: expect.any(Date),
    });
  });

  it("merges pending obligations and escalations, soonest first, with group and level names", async () => {
    const { due } = await getDueNext(ctxOf(responder), { take: 50 });
    const rows = mine(due!);
    const times = rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The SEV1 owes its immediate notifications at declaration, and pages its first level then too.
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "obligation",
          at: t0,
          what: "Notify Incident commander",
          incident: { number: n.sev1, title: `${tag} sev1` },
        }),
        expect.objectContaining({
          kind: "escalation",
          at: t0,
          what: expect.stringMatching(/^Page /),
          incident: { number: n.sev1, title: `${tag} sev1` },
        }),
      ]),
    );
    expect(rows.some((r) => r.kind === "obligation" && r.incident.number === n.sev2)).toBe(true);
  });

  it("leaves out the escalations of an acknowledged incident and everything of a resolved one", async () => {
    const rows = mine((await getDueNext(ctxOf(commander), { take: 50 })).due!);
    expect(rows.filter((r) => r.incident.number === n.acked).map((r) => r.kind)).not.toContain("escalation");
    expect(rows.filter((r) => r.incident.number === n.resolved)).toEqual([]);
  });

  it("returns at most `take` deadlines", async () => {
    expect((await getDueNext(ctxOf(commander), { take: 2 })).due).toHaveLength(2);
  });

  it("shows stakeholders the open incidents but not the deadlines", async () => {
    const view = await getDueNext(ctxOf(stakeholder));
    expect(view.active[0].number).toBe(n["later-sev1"]);
    expect(view.due).toBeNull();
  });

  it("names the field of a bad input", async () => {
    const error = await rejection(() => getDueNext(ctxOf(commander), { take: 0 }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { take: ["At least 1"] } });
  });
});
