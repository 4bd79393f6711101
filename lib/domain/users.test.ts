import { describe, expect, it } from "vitest";
import { createUserSchema, PASSWORD_MIN, updateUserSchema } from "./users";

const valid = { email: "Alex@Example.COM ", name: " Alex ", role: "RESPONDER", password: "x".repeat(PASSWORD_MIN) };

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (out[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

describe("createUserSchema", () => {
  it("normalises the e-mail (trimmed, lower case) and trims the name", () => {
    expect(createUserSchema.parse(valid)).toEqual({ ...valid, email: "alex@example.com", name: "Alex" });
  });

  it("names each bad field with a message a person can act on", () => {
    const result = createUserSchema.safeParse({ email: "not-an-email", name: "  ", role: "OWNER", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)).toEqual({
      email: ["Enter a valid e-mail address"],
      name: ["Name is required"],
      role: ["Choose one of ADMIN, COMMANDER, RESPONDER, STAKEHOLDER"],
      password: [`At least ${PASSWORD_MIN} characters`],
    });
  });

  it("requires at least twelve password characters", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(createUserSchema.safeParse({ ...valid, password: "x".repeat(11) }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...valid, password: "x".repeat(12) }).success).toBe(true);
    expect(createUserSchema.safeParse({ ...valid, password: "x".repeat(201) }).success).toBe(false);
  });

  it("keeps the password exactly as typed (no trimming)", () => {
    const password = "  spaced out pw  ";
    expect(createUserSchema.parse({ ...valid, password }).password).toBe(password);
  });

  it("refuses a missing role and over-long names", () => {
    const { role: _role, ...noRole } = valid;
    expect(fieldErrors(createUserSchema.safeParse(noRole))).toHaveProperty("role");
    expect(fieldErrors(createUserSchema.safeParse({ ...valid, name: "n".repeat(121) }))).toEqual({
      name: ["At most 120 characters"],
    });
  });
});

describe("updateUserSchema", () => {
  it("accepts a single change", () => {
    expect(updateUserSchema.parse({ id: "u1", role: "ADMIN" })).toEqual({ id: "u1", role: "ADMIN" });
    expect(updateUserSchema.parse({ id: "u1", active: false })).toEqual({ id: "u1", active: false });
  });

  it("refuses an update that changes nothing", () => {
    expect(fieldErrors(updateUserSchema.safeParse({ id: "u1" }))).toEqual({ _form: ["Nothing to change"] });
  });

  it("needs the user and holds a new password to the same rules", () => {
    expect(fieldErrors(updateUserSchema.safeParse({ id: "", role: "ADMIN" }))).toEqual({ id: ["User is required"] });
    expect(fieldErrors(updateUserSchema.safeParse({ id: "u1", password: "short" }))).toEqual({
      password: [`At least ${PASSWORD_MIN} characters`],
    });
  });
});
