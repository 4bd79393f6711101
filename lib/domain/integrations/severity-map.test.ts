import { describe, expect, it } from "vitest";
import { createSourceSchema } from "./source-input";
import { DEFAULT_SEVERITY_MAP, isMoreSevere, mapSeverity, readSeverityMap } from "./severity-map";
import { OUTCOME, OUTCOMES, isOutcome, SOURCE_KIND, SOURCE_KINDS } from "./vocabulary";

describe("severity mapping", () => {
  it("maps the Events v2 levels by default, case-insensitively, and falls back for the rest", () => {
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "critical", "SEV3")).toBe("SEV1");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "Error", "SEV3")).toBe("SEV2");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "warning", "SEV1")).toBe("SEV3");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "info", "SEV1")).toBe("SEV3");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "page", "SEV2")).toBe("SEV2");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, undefined, "SEV1")).toBe("SEV1");
    expect(mapSeverity(DEFAULT_SEVERITY_MAP, "constructor", "SEV2")).toBe("SEV2");
  });

  it("reads a stored map, dropping anything that is not a severity", () => {
    expect(readSeverityMap({ p1: "SEV1", bad: "SEV9", n: 3 })).toEqual({ p1: "SEV1" });
    expect(readSeverityMap(null)).toEqual({});
    expect(readSeverityMap(["SEV1"])).toEqual({});
  });

  it("orders severities", () => {
    expect(isMoreSevere("SEV1", "SEV2")).toBe(true);
    expect(isMoreSevere("SEV3", "SEV2")).toBe(false);
    expect(isMoreSevere("SEV2", "SEV2")).toBe(false);
  });
});

describe("source settings", () => {
  const valid = {
    kind: "alertmanager",
    name: "prometheus-prod",
    severityMap: [
      { value: "Critical", severity: "SEV1" },
      { value: "page", severity: "SEV2" },
    ],
    componentSlugs: ["critical-service", "critical-service"],
  };

  it("turns rows into a lower-cased map and applies defaults", () => {
    expect(createSourceSchema.parse(valid)).toEqual({
      kind: "alertmanager",
      name: "prometheus-prod",
      severityLabel: "severity",
      severityMap: { critical: "SEV1", page: "SEV2" },
      defaultSeverity: "SEV3",
      componentSlugs: ["critical-service"],
      autoResolve: false,
    });
  });

  it("names each bad field, a value mapped twice included", () => {
    const result = createSourceSchema.safeParse({
      ...valid,
      kind: "nagios",
      name: "x",
      severityMap: [
        { value: "p1", severity: "SEV1" },
        { value: "P1", severity: "SEV4" },
      ],
      componentSlugs: [],
    });
    const paths = (result.error?.issues ?? []).map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["componentSlugs", "kind", "name", "severityMap.1.severity"]);
    const twice = createSourceSchema.safeParse({ ...valid, severityMap: [valid.severityMap[0], valid.severityMap[0]] });
    expect(twice.error?.issues.map((i) => i.path.join("."))).toEqual(["severityMap.1.value"]);
  });
});

describe("vocabulary", () => {
  it("has words for every kind and outcome", () => {
    for (const kind of SOURCE_KINDS) expect(SOURCE_KIND[kind].path).toMatch(/^\/api\/v1\//);
    for (const outcome of OUTCOMES) expect(OUTCOME[outcome].words.length).toBeGreaterThan(3);
    expect(isOutcome("declared")).toBe(true);
    expect(isOutcome("exploded")).toBe(false);
  });
});
