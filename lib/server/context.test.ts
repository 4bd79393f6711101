// Who acts in person: a signed-in user; never a token (its creator is kept apart) or the system.
import { describe, expect, it } from "vitest";
import { actingUserId, systemCtx, tokenCtx, userCtx } from "./context";

describe("actingUserId", () => {
  it("is the user's id for a signed-in person, and null for a token or the system", () => {
    expect(actingUserId(userCtx({ id: "u1", role: "COMMANDER", email: "c@example.test" }))).toBe("u1");
    const token = tokenCtx({ id: "t1", name: "ci", scopes: ["incidents:read"], createdById: "u1" }, "ADMIN");
    expect(token.actor).toMatchObject({ kind: "token", id: "t1", userId: "u1" });
    expect(actingUserId(token)).toBeNull();
    expect(actingUserId(systemCtx())).toBeNull();
  });
});
