import { describe, expect, it } from "vitest";
import {
  COMPONENT_STATE,
  COMPONENT_STATES,
  deriveComponentState,
  stateFromSeverity,
  worstState,
} from "./component-state";

describe("component states", () => {
  it("each has a label, a headline, a symbol and a colour: never colour alone", () => {
    for (const s of COMPONENT_STATES) {
      const e = COMPONENT_STATE[s];
      expect(e.label.length).toBeGreaterThan(0);
      expect(e.symbol.length).toBeGreaterThan(0);
      expect(e.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(COMPONENT_STATE.OPERATIONAL.headline).toBe("All systems operational");
  });

  it("ranks major outage worst and maintenance just above operational", () => {
    expect(worstState(["DEGRADED_PERFORMANCE", "MAJOR_OUTAGE", "PARTIAL_OUTAGE"])).toBe("MAJOR_OUTAGE");
    expect(worstState(["UNDER_MAINTENANCE", "OPERATIONAL"])).toBe("UNDER_MAINTENANCE");
    expect(worstState(["UNDER_MAINTENANCE", "DEGRADED_PERFORMANCE"])).toBe("DEGRADED_PERFORMANCE");
    expect(worstState([])).toBe("OPERATIONAL");
  });

  it("maps severity to impact: SEV1 major, SEV2 partial, SEV3 degraded", () => {
    expect(stateFromSeverity("SEV1")).toBe("MAJOR_OUTAGE");
    expect(stateFromSeverity("SEV2")).toBe("PARTIAL_OUTAGE");
    expect(stateFromSeverity("SEV3")).toBe("DEGRADED_PERFORMANCE");
  });
});

describe("deriveComponentState", () => {
  const none = { override: null, impacts: [], inMaintenance: false };

  it("is operational with nothing going on", () => {
    expect(deriveComponentState(none)).toBe("OPERATIONAL");
  });

  it("takes the incident's chosen public state over its severity", () => {
    expect(
      deriveComponentState({ ...none, impacts: [{ publicState: "DEGRADED_PERFORMANCE", severity: "SEV1" }] }),
    ).toBe("DEGRADED_PERFORMANCE");
    expect(deriveComponentState({ ...none, impacts: [{ publicState: null, severity: "SEV2" }] })).toBe(
      "PARTIAL_OUTAGE",
    );
  });

  it("keeps the worst of several incidents and maintenance", () => {
    const impacts = [
      { publicState: null, severity: "SEV3" as const },
      { publicState: null, severity: "SEV1" as const },
    ];
    expect(deriveComponentState({ ...none, impacts, inMaintenance: true })).toBe("MAJOR_OUTAGE");
    expect(deriveComponentState({ ...none, inMaintenance: true })).toBe("UNDER_MAINTENANCE");
  });

  it("lets the commander's override win, even over a worse incident", () => {
    expect(
      deriveComponentState({
        override: "OPERATIONAL",
        impacts: [{ publicState: "MAJOR_OUTAGE", severity: "SEV1" }],
        inMaintenance: true,
      }),
    ).toBe("OPERATIONAL");
  });
});
