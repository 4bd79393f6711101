import { describe, expect, it } from "vitest";
import { concerns, scopeSchema, subscribeSchema } from "./subscriptions";

describe("which subscribers an update concerns", () => {
  const affected = { componentIds: ["api", "db"], groupIds: ["core"] };

  it("everyone subscribed to all components", () => {
    expect(concerns({ scope: "ALL", componentIds: [], groupId: null }, { componentIds: [], groupIds: [] })).toBe(true);
  });

  it("chosen components only when one of them is affected", () => {
    expect(concerns({ scope: "COMPONENTS", componentIds: ["web", "db"], groupId: null }, affected)).toBe(true);
    expect(concerns({ scope: "COMPONENTS", componentIds: ["web"], groupId: null }, affected)).toBe(false);
  });

  it("a group when an affected component is in it now", () => {
    expect(concerns({ scope: "GROUP", componentIds: [], groupId: "core" }, affected)).toBe(true);
    expect(concerns({ scope: "GROUP", componentIds: [], groupId: "edge" }, affected)).toBe(false);
    expect(concerns({ scope: "GROUP", componentIds: [], groupId: null }, affected)).toBe(false);
  });
});

describe("the sign-up form", () => {
  it("lower-cases the address and keeps only what the scope uses", () => {
    const parsed = subscribeSchema.parse({
      email: " Ann@Example.COM ",
      scope: "ALL",
      componentIds: ["x"],
      groupId: "g",
    });
    expect(parsed).toEqual({ email: "ann@example.com", scope: "ALL", componentIds: [], groupId: null });
    expect(scopeSchema.parse({ scope: "COMPONENTS", componentIds: ["a", "a", "b"] })).toEqual({
      scope: "COMPONENTS",
      componentIds: ["a", "b"],
      groupId: null,
    });
    expect(scopeSchema.parse({ scope: "COMPONENTS", componentIds: "a" }).componentIds).toEqual(["a"]);
  });

  it("names the field that is wrong", () => {
    const paths = (input: unknown) => subscribeSchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(paths({ email: "not-an-address", scope: "ALL" })).toEqual(["email"]);
    expect(paths({ email: "a@b.co", scope: "COMPONENTS" })).toEqual(["componentIds"]);
    expect(paths({ email: "a@b.co", scope: "GROUP", groupId: "" })).toEqual(["groupId"]);
    expect(paths({ email: "a@b.co", scope: "EVERYTHING" })).toEqual(["scope"]);
    expect(paths({ email: "a\u0000@b.co", scope: "ALL" })).toEqual(["email"]);
  });
});
