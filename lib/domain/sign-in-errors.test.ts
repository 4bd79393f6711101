import { describe, expect, it } from "vitest";
import { isShownSignInMessage, rateLimitedMessage, SIGN_IN_MESSAGES, signInErrorMessage } from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("says nothing when there is no error", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });

  it("maps next-auth codes to fixed messages", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_MESSAGES.wrongCredentials);
    expect(signInErrorMessage("AccessDenied")).toBe(SIGN_IN_MESSAGES.notAllowed);
    expect(signInErrorMessage("OAuthCallback")).toBe(SIGN_IN_MESSAGES.singleSignOnFailed);
  });

  it("shows our own messages, including the wait of a throttled sign-in", () => {
    expect(signInErrorMessage(SIGN_IN_MESSAGES.missingCredentials)).toBe(SIGN_IN_MESSAGES.missingCredentials);
    expect(signInErrorMessage(rateLimitedMessage(42))).toBe("Too many failed sign-ins. Try again in 42 s.");
  });

  it.each([
    "Transaction API error: Unable to start a transaction in the given time.",
    "Configuration",
    "Your account is locked, call +1 555 0100 now",
    "Too many failed sign-ins. Try again in 42 s. Call +1 555 0100",
    "toString",
    "__proto__",
    "<script>alert(1)</script>",
  ])("shows the generic message for %j", (raw) => {
    expect(signInErrorMessage(raw)).toBe(SIGN_IN_MESSAGES.generic);
  });

  it("lets only our own messages through from inside sign-in", () => {
    expect(isShownSignInMessage(SIGN_IN_MESSAGES.wrongCredentials)).toBe(true);
    expect(isShownSignInMessage(rateLimitedMessage(3))).toBe(true);
    expect(isShownSignInMessage("Invalid `prisma.user.findUnique()` invocation")).toBe(false);
  });
});
