import { describe, expect, it } from "vitest";
import {
  PLACEHOLDER_NAMES,
  PLACEHOLDERS,
  placeholdersIn,
  unknownPlaceholderMessage,
  unknownPlaceholders,
} from "./placeholders";
import { TEMPLATES } from "@/prisma/plan-data-dr";

// Every placeholder INCIDENT_TEMPLATES writes, as the plan writes it.
const PLAN_USES = [
  "service_name",
  "incident_start_time",
  "severity_level",
  "impact_description",
  "next_update_time",
  "commander_name",
  "resolution_time",
  "total_duration",
  "root_cause_summary",
  "resolution_actions",
  "postmortem_date",
];

describe("placeholder vocabulary", () => {
  it("knows every placeholder the plan uses, and those the console already offered", () => {
    for (const name of [...PLAN_USES, "incident_number", "incident_title", "status"]) {
      expect(PLACEHOLDER_NAMES).toContain(name);
    }
  });

  it("describes each placeholder in one line", () => {
    for (const description of Object.values(PLACEHOLDERS)) {
      expect(description.length).toBeGreaterThan(10);
      expect(description).not.toContain("\n");
    }
  });

  it("finds no unknown placeholder in any seeded template", () => {
    for (const t of TEMPLATES) expect(unknownPlaceholders(`${t.subject}\n${t.body}\n${t.shortText}`)).toEqual([]);
  });

  it("lists each placeholder once, in order, and tells the unknown ones apart", () => {
    expect(placeholdersIn("{b} {a} {b} {not closed")).toEqual(["b", "a"]);
    expect(unknownPlaceholders("{service_name} {servce_name} {Service_Name}")).toEqual(["servce_name", "Service_Name"]);
    expect(unknownPlaceholders("{{service_name}} and { spaced } stay text")).toEqual([]);
  });

  it("names the unknown and lists the known in its message", () => {
    const message = unknownPlaceholderMessage(["servce_name"]);
    expect(message).toMatch(/^Unknown placeholder \{servce_name\}\. Known: /);
    for (const name of PLACEHOLDER_NAMES) expect(message).toContain(`{${name}}`);
  });

  it("is not fooled by names inherited from Object", () => {
    expect(unknownPlaceholders("{constructor} {__proto__} {toString}")).toEqual([
      "constructor",
      "__proto__",
      "toString",
    ]);
  });
});
