// Which alerts start, stay and stop, per alert mode.
import { describe, expect, it } from "vitest";
import { isPageRule, planAlerts } from "./alerts";
import type { RuleVerdict } from "./rules";

const verdict = (rule: RuleVerdict["rule"], firing: boolean): RuleVerdict => ({
  rule,
  firing,
  burnLong: firing ? 20 : 0.5,
  burnShort: firing ? 20 : 0.5,
  lowTraffic: false,
  reason: `${rule} ${firing ? "burning" : "calm"}`,
});
const FAST = [verdict("page-fast", true), verdict("page-slow", false), verdict("ticket", false)];
const CALM = [verdict("page-fast", false), verdict("page-slow", false), verdict("ticket", false)];
const fine = { missing: false, reason: "Samples arriving." };
const silent = { missing: true, reason: "No sample for 10 min, expected at least every 5 min." };

describe("planAlerts", () => {
  it("ON: a rule that starts firing starts a real alert", () => {
    const plan = planAlerts("ON", FAST, fine, []);
    expect(plan.start).toEqual([
      { rule: "page-fast", reason: "page-fast burning", burnLong: 20, burnShort: 20, dryRun: false },
    ]);
    expect(plan.keep).toEqual([]);
    expect(plan.stop).toEqual([]);
  });

  it("a rule still firing keeps its row; one that stopped is stopped", () => {
    const firing = [
      { id: "a1", rule: "page-fast", dryRun: false },
      { id: "a2", rule: "ticket", dryRun: false },
    ];
    const plan = planAlerts("ON", FAST, fine, firing);
    expect(plan.start).toEqual([]);
    expect(plan.keep.map((k) => k.alert.id)).toEqual(["a1"]);
    expect(plan.stop).toEqual([{ id: "a2", rule: "ticket", dryRun: false }]);
  });

  it("DRY_RUN: the same verdicts make would-fire rows", () => {
    expect(planAlerts("DRY_RUN", FAST, fine, []).start[0]).toMatchObject({ rule: "page-fast", dryRun: true });
  });

  it("OFF: nothing fires, and what was firing stops", () => {
    const plan = planAlerts("OFF", FAST, silent, [{ id: "a1", rule: "page-fast", dryRun: true }]);
    expect(plan.start).toEqual([]);
    expect(plan.stop.map((a) => a.id)).toEqual(["a1"]);
  });

  it("a mode change stops the other mode's rows and starts this mode's", () => {
    const plan = planAlerts("ON", FAST, fine, [{ id: "d1", rule: "page-fast", dryRun: true }]);
    expect(plan.start.map((s) => [s.rule, s.dryRun])).toEqual([["page-fast", false]]);
    expect(plan.stop.map((a) => a.id)).toEqual(["d1"]);
  });

  it("missing data fires and clears like a rule", () => {
    expect(planAlerts("ON", CALM, silent, []).start).toEqual([
      { rule: "missing-data", reason: silent.reason, burnLong: null, burnShort: null, dryRun: false },
    ]);
    expect(planAlerts("ON", CALM, fine, [{ id: "m1", rule: "missing-data", dryRun: false }]).stop).toEqual([
      { id: "m1", rule: "missing-data", dryRun: false },
    ]);
  });

  it("tells page rules from notices", () => {
    expect(["page-fast", "page-slow", "ticket", "missing-data"].map(isPageRule)).toEqual([true, true, false, false]);
  });
});
