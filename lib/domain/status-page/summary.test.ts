import { describe, expect, it } from "vitest";
import { summarize } from "./summary";
import { NOW, rows } from "./test-rows";

describe("summarize", () => {
  const s = summarize(rows(), NOW);

  it("orders groups and components, puts ungrouped ones last, and rolls each group up worst-first", () => {
    expect(s.groups.map((g) => [g.name, g.state])).toEqual([
      ["Service plain words", "PARTIAL_OUTAGE"],
      ["Platform", "OPERATIONAL"],
      ["Other services", "UNDER_MAINTENANCE"],
    ]);
    expect(s.groups[0].components.map((c) => [c.slug, c.state])).toEqual([
      ["docs", "OPERATIONAL"],
      ["api", "PARTIAL_OUTAGE"],
    ]);
    expect(s.overall).toEqual({ state: "PARTIAL_OUTAGE", headline: "Partial outage" });
  });

  it("shows the active incident with its updates in order and the latest promised next update", () => {
    expect(s.incidents.map((i) => i.id)).toEqual(["i-active"]);
    const [active] = s.incidents;
    expect(active.status).toBe("IDENTIFIED");
    expect(active.updates.map((u) => u.status)).toEqual(["INVESTIGATING", "IDENTIFIED"]);
    expect(active.nextUpdateAt).toBe("2026-11-30T11:40:00.000Z");
  });

  it("takes the public status from the last published update: a resolved one is history", () => {
    expect(s.history.map((i) => [i.id, i.resolvedAt])).toEqual([["i-old", "2026-11-20T12:00:00.000Z"]]);
    const ci = s.groups[1].components[0];
    const day = ci.uptime.days.find((d) => d.date === "2026-11-20")!;
    expect(day).toMatchObject({ state: "MAJOR_OUTAGE", impactMinutes: 120, incidentIds: ["i-old"] });
  });

  it("lists maintenance under way and dates the page by its latest publication", () => {
    expect(s.maintenance.map((m) => [m.id, m.status])).toEqual([["m1", "IN_PROGRESS"]]);
    expect(s.lastPublishedAt).toBe("2026-11-30T11:00:00.000Z");
  });

  it("lets a commander's override win, and leaves out components that are not listed", () => {
    const r = rows();
    r.components[0].stateOverride = "OPERATIONAL";
    r.components = r.components.filter((c) => c.id !== "c3");
    const o = summarize(r, NOW);
    expect(o.groups[0].components.find((c) => c.slug === "api")!.state).toBe("OPERATIONAL");
    expect(o.groups.map((g) => g.name)).toEqual(["Service plain words", "Other services"]);
    expect(o.history[0].components).toEqual([]);
  });

  it("is all operational when nothing is published", () => {
    const empty = summarize({ ...rows(), incidents: [], maintenance: [] }, NOW);
    expect(empty.overall.headline).toBe("All systems operational");
    expect(empty.lastPublishedAt).toBeNull();
  });
});
