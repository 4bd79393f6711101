// What the credentials sign-in hands next-auth (and so the login page's ?error=): our fixed
// messages, and for anything unexpected a generic one, never the internal error's text.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-that-is-long-enough";
});

import { SIGN_IN_MESSAGES } from "@/lib/domain/sign-in-errors";
import { rejection, uniqueEmail } from "@/scripts/test/fixtures";
import { authOptions } from "./options";

type Authorize = (
  credentials: Record<string, string> | undefined,
  req: { headers: Record<string, string> },
) => Promise<unknown>;
const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
  options: { authorize: Authorize };
};
const signInWith = (credentials: Record<string, string>) => () =>
  provider.options.authorize(credentials, { headers: { "x-forwarded-for": `test-${uniqueEmail("ip")}` } });

describe("credentials authorize", () => {
  it("passes our own message for a wrong password", async () => {
    expect((await rejection(signInWith({ email: uniqueEmail("ghost"), password: "wrong-password" }))).message).toBe(
      SIGN_IN_MESSAGES.wrongCredentials,
    );
  });

  it("asks for both fields when one is missing", async () => {
    expect((await rejection(signInWith({ email: "", password: "x" }))).message).toBe(
      SIGN_IN_MESSAGES.missingCredentials,
    );
  });

  it("masks an internal error (the database refuses a NUL byte) behind the generic message", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await rejection(signInWith({ email: "nul\u0000@test.bridge.local", password: "whatever-password" }));
    expect(error.message).toBe(SIGN_IN_MESSAGES.generic);
    expect(spy).toHaveBeenCalledWith("sign-in failed unexpectedly", expect.anything());
    spy.mockRestore();
  });
});
