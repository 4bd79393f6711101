import { describe, expect, it } from "vitest";
import {
  addMemberSchema,
  addRuleSchema,
  createGroupSchema,
  MAX_WINDOW_MINUTES,
  updateGroupSchema,
  setWebhookTimeoutSchema,
  updateRuleSchema,
  WINDOW_PRESETS,
} from "./matrix-input";

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

const rule = { severity: "SEV2", withinMinutes: 60, groupId: "g1", templateId: "t1", autoSend: true };

describe("addRuleSchema", () => {
  it("accepts the plan's windows and a custom deadline up to one week", () => {
    expect(WINDOW_PRESETS).toEqual([0, 15, 30, 60, 120, 480]);
    for (const withinMinutes of [...WINDOW_PRESETS, 45, MAX_WINDOW_MINUTES]) {
      expect(addRuleSchema.parse({ ...rule, withinMinutes }).withinMinutes).toBe(withinMinutes);
    }
    expect(addRuleSchema.parse({ ...rule, withinMinutes: "90" }).withinMinutes).toBe(90);
  });

  it("names withinMinutes for negative, fractional, too long or missing deadlines", () => {
    for (const withinMinutes of [-1, 1.5, MAX_WINDOW_MINUTES + 1, "soon", "", " ", undefined]) {
      expect(Object.keys(fieldErrors(addRuleSchema.safeParse({ ...rule, withinMinutes })))).toEqual(["withinMinutes"]);
    }
    expect(fieldErrors(addRuleSchema.safeParse({ ...rule, withinMinutes: 10081 }))).toEqual({
      withinMinutes: ["Between 0 and 10080 minutes (one week)"],
    });
    expect(fieldErrors(addRuleSchema.safeParse({ ...rule, withinMinutes: "" }))).toEqual({
      withinMinutes: ["Enter a number of minutes"],
    });
    expect(fieldErrors(updateRuleSchema.safeParse({ id: "r1", withinMinutes: "" }))).toEqual({
      withinMinutes: ["Enter a number of minutes"],
    });
  });

  it("defaults to no template and reminding the commander", () => {
    expect(addRuleSchema.parse({ severity: "SEV1", withinMinutes: 0, groupId: "g1" })).toEqual({
      severity: "SEV1",
      withinMinutes: 0,
      groupId: "g1",
      templateId: null,
      autoSend: false,
    });
  });

  it("names the severity and group when they are wrong", () => {
    expect(fieldErrors(addRuleSchema.safeParse({ ...rule, severity: "SEV4", groupId: " " }))).toEqual({
      severity: ["Choose one of SEV1, SEV2, SEV3"],
      groupId: ["Group is required"],
    });
  });
});

describe("updateRuleSchema", () => {
  it("accepts any one change, including clearing the template", () => {
    expect(updateRuleSchema.parse({ id: "r1", templateId: null })).toEqual({ id: "r1", templateId: null });
    expect(updateRuleSchema.parse({ id: "r1", autoSend: false })).toEqual({ id: "r1", autoSend: false });
  });

  it("refuses an empty change", () => {
    expect(fieldErrors(updateRuleSchema.safeParse({ id: "r1" }))).toEqual({ _form: ["Nothing to change"] });
  });
});

describe("group schemas", () => {
  it("wants a snake_case key and a name", () => {
    expect(createGroupSchema.parse({ key: " on_call_2 ", name: " On call " })).toEqual({
      key: "on_call_2",
      name: "On call",
      description: "",
    });
    expect(fieldErrors(createGroupSchema.safeParse({ key: "On Call", name: "" }))).toEqual({
      key: ["Lower-case letters, digits and _, starting with a letter (e.g. customer_success)"],
      name: ["Name is required"],
    });
  });

  it("renames by id", () => {
    expect(updateGroupSchema.parse({ id: "g1", name: "Execs" })).toEqual({ id: "g1", name: "Execs" });
    expect(fieldErrors(updateGroupSchema.safeParse({ id: "g1", name: "x".repeat(121) }))).toEqual({
      name: ["At most 120 characters"],
    });
  });
});

describe("addMemberSchema", () => {
  it("normalises e-mail members and names a bad address", () => {
    expect(addMemberSchema.parse({ groupId: "g1", kind: "EMAIL", email: " Ops@Example.com " })).toEqual({
      groupId: "g1",
      kind: "EMAIL",
      email: "ops@example.com",
      label: "",
    });
    expect(fieldErrors(addMemberSchema.safeParse({ groupId: "g1", kind: "EMAIL", email: "ops@" }))).toEqual({
      email: ["Enter a valid e-mail address"],
    });
  });

  it("takes http and https webhooks only", () => {
    for (const url of ["https://hooks.example.com/bridge", "http://localhost:9000/in"]) {
      expect(addMemberSchema.safeParse({ groupId: "g1", kind: "WEBHOOK", webhookUrl: url }).success).toBe(true);
    }
    for (const url of ["ftp://example.com", "javascript:alert(1)", "example.com/hook", ""]) {
      expect(fieldErrors(addMemberSchema.safeParse({ groupId: "g1", kind: "WEBHOOK", webhookUrl: url }))).toEqual({
        webhookUrl: ["Enter an http:// or https:// URL"],
      });
    }
  });

  it("needs a user for a user member, and a known kind", () => {
    expect(fieldErrors(addMemberSchema.safeParse({ groupId: "g1", kind: "USER", userId: "" }))).toEqual({
      userId: ["User is required"],
    });
    expect(fieldErrors(addMemberSchema.safeParse({ groupId: "g1", kind: "SMS" }))).toEqual({
      kind: ["Choose a user, an e-mail address or a webhook"],
    });
  });
});

describe("setWebhookTimeoutSchema", () => {
  const parse = (webhookTimeoutMs: unknown) => setWebhookTimeoutSchema.safeParse({ id: "m1", webhookTimeoutMs });
  it("takes whole milliseconds from 100 to 60000, and blank as the default", () => {
    expect(parse("3000").data?.webhookTimeoutMs).toBe(3000);
    expect(parse(100).data?.webhookTimeoutMs).toBe(100);
    expect(parse("").data?.webhookTimeoutMs).toBeNull();
    expect(parse(undefined).data?.webhookTimeoutMs).toBeNull();
  });
  it("names the field for anything else", () => {
    expect(fieldErrors(parse("99"))).toEqual({
      webhookTimeoutMs: ["Between 100 and 60000 ms, or blank for the default"],
    });
    expect(fieldErrors(parse("60001"))).toHaveProperty("webhookTimeoutMs");
    expect(fieldErrors(parse("1.5"))).toEqual({ webhookTimeoutMs: ["Enter whole milliseconds"] });
    expect(fieldErrors(parse("soon"))).toHaveProperty("webhookTimeoutMs");
  });
});
