import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "./audit";
import { declareSchema, listIncidentsSchema, noteSchema } from "./incidents";
import { addMemberSchema, createGroupSchema } from "./matrix-input";
import { createPolicySchema } from "./policy-input";
import { CONTROL_MESSAGE, text } from "./text";
import { createTokenSchema } from "./token-scopes";
import { createUserSchema, updateUserSchema } from "./users";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("text", () => {
  it("keeps tabs and line breaks, turning CRLF into LF, and trims", () => {
    expect(text(100).parse("  a\tb\r\nc\rd  ")).toBe("a\tb\nc\nd");
  });

  it("rejects NUL and other control characters", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001by", "del\u007f"]) {
      expect(text(100).safeParse(bad).error?.issues[0].message, JSON.stringify(bad)).toBe(CONTROL_MESSAGE);
    }
  });

  it("stops at the length limit with one message, even for megabytes", () => {
    const issues = text(254).safeParse("x".repeat(10 * 1024 * 1024)).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual(["At most 254 characters"]);
  });
});

describe("every input schema refuses NUL, naming the field", () => {
  const nul = "bad\u0000value";
  it("incidents", () => {
    expect(
      errorsOf(declareSchema.safeParse({ title: nul, severity: "SEV1", componentIds: ["c1"], impact: nul })),
    ).toEqual({ title: CONTROL_MESSAGE, impact: CONTROL_MESSAGE });
    expect(
      errorsOf(declareSchema.safeParse({ title: "Fine", severity: "SEV1", componentIds: [nul], commanderId: nul })),
    ).toEqual({ "componentIds.0": CONTROL_MESSAGE, commanderId: CONTROL_MESSAGE });
    expect(errorsOf(noteSchema.safeParse({ incidentId: "i", message: nul }))).toEqual({ message: CONTROL_MESSAGE });
    expect(errorsOf(listIncidentsSchema.safeParse({ q: nul, componentId: nul }))).toEqual({
      q: CONTROL_MESSAGE,
      componentId: CONTROL_MESSAGE,
    });
  });

  it("people, tokens, the matrix, policies and the audit filter", () => {
    expect(
      Object.keys(
        errorsOf(
          createUserSchema.safeParse({
            email: `a${nul}@example.com`,
            name: nul,
            role: "ADMIN",
            password: "a-long-enough-password",
          }),
        ),
      ),
    ).toEqual(["email", "name"]);
    expect(errorsOf(updateUserSchema.safeParse({ id: nul, name: "Ok" }))).toEqual({ id: CONTROL_MESSAGE });
    expect(errorsOf(createTokenSchema.safeParse({ name: nul, scopes: ["incidents:read"] }))).toEqual({
      name: CONTROL_MESSAGE,
    });
    expect(errorsOf(createGroupSchema.safeParse({ key: "k", name: nul, description: nul }))).toEqual({
      name: CONTROL_MESSAGE,
      description: CONTROL_MESSAGE,
    });
    expect(
      Object.keys(
        errorsOf(addMemberSchema.safeParse({ kind: "EMAIL", groupId: "g", label: nul, email: "a@example.com" })),
      ),
    ).toEqual(["label"]);
    const policy = {
      name: nul,
      repeatCount: 0,
      levels: [{ name: "L1", escalateAfterMinutes: 5, targets: [{ kind: "USER", userId: nul }] }],
    };
    expect(Object.keys(errorsOf(createPolicySchema.safeParse(policy))).sort()).toEqual([
      "levels.0.targets.0.userId",
      "name",
    ]);
    expect(errorsOf(auditFilterSchema.safeParse({ actor: nul, cursor: nul }))).toEqual({
      actor: CONTROL_MESSAGE,
      cursor: CONTROL_MESSAGE,
    });
  });

  it("a 10 MB e-mail is a length error, not a crash", () => {
    const huge = `${"a".repeat(10 * 1024 * 1024)}@example.com`;
    expect(
      errorsOf(
        createUserSchema.safeParse({ email: huge, name: "N", role: "ADMIN", password: "a-long-enough-password" }),
      ),
    ).toEqual({ email: "At most 254 characters" });
  });
});

describe("incident list cursor", () => {
  it("accepts what the list hands out and refuses numbers a query cannot hold", () => {
    expect(listIncidentsSchema.parse({ cursor: "a.1700000000000.42" }).cursor).toBe("a.1700000000000.42");
    for (const cursor of [
      "a.1700000000000.2147483648",
      "r.99999999999999999.1",
      "x.1.1",
      "a.1",
      `a.1.1${"\u0000"}`,
      "a.-1.2",
    ]) {
      expect(errorsOf(listIncidentsSchema.safeParse({ cursor })), cursor).toEqual({
        cursor: "Not a valid page cursor",
      });
    }
  });
});
