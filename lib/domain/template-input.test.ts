import { describe, expect, it } from "vitest";
import { createTemplateSchema, saveTemplateSchema } from "./template-input";

const fields = {
  name: "Status page — investigating",
  state: "INVESTIGATING",
  audience: "PUBLIC",
  subject: "{service_name}: investigating",
  body: "We are looking into {impact_description}.",
  shortText: "",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("template input", () => {
  it("accepts known placeholders and normalises line breaks", () => {
    const parsed = createTemplateSchema.parse({ ...fields, key: "status_investigating", body: "a\r\nb {status}" });
    expect(parsed.body).toBe("a\nb {status}");
    expect(parsed.description).toBe("");
  });

  it("refuses an unknown placeholder on the field that names it, listing the known ones", () => {
    const result = saveTemplateSchema.safeParse({ ...fields, id: "t1", shortText: "{servce_name} is down" });
    const errors = errorsOf(result);
    expect(Object.keys(errors)).toEqual(["shortText"]);
    expect(errors.shortText).toContain("Unknown placeholder {servce_name}");
    expect(errors.shortText).toContain("{service_name}");
  });

  it("names each missing or malformed field", () => {
    const result = createTemplateSchema.safeParse({ key: "Bad Key", name: "", state: "LATER", audience: "" });
    expect(Object.keys(errorsOf(result)).sort()).toEqual(["audience", "body", "key", "name", "state", "subject"]);
    expect(errorsOf(result).state).toBe("Choose Investigating, Identified, Monitoring, Resolved or Maintenance");
  });
});
