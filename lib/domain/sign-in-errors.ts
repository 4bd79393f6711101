// What the login page may say about a failed sign-in. The reason arrives in the URL (?error=…),
// which anyone can write, so only known codes and our own fixed messages are shown; anything
// else, such as the text of an internal error, becomes one generic message.

export const SIGN_IN_MESSAGES = {
  wrongCredentials: "Wrong e-mail or password.",
  missingCredentials: "Enter your e-mail and password.",
  notAllowed: "This account is not allowed to sign in. Ask an admin.",
  singleSignOnFailed: "Single sign-on did not complete. Try again.",
  signInFirst: "Sign in first.",
  generic: "Sign-in failed. Try again.",
} as const;

const RATE_LIMITED = /^Too many failed sign-ins\. Try again in \d{1,6} s\.$/;

export function rateLimitedMessage(seconds: number): string {
  return `Too many failed sign-ins. Try again in ${seconds} s.`;
}

// Codes next-auth puts in ?error=; see its documented error page codes.
const NEXT_AUTH_CODES: Record<string, string> = {
  CredentialsSignin: SIGN_IN_MESSAGES.wrongCredentials,
  AccessDenied: SIGN_IN_MESSAGES.notAllowed,
  SessionRequired: SIGN_IN_MESSAGES.signInFirst,
  OAuthSignin: SIGN_IN_MESSAGES.singleSignOnFailed,
  OAuthCallback: SIGN_IN_MESSAGES.singleSignOnFailed,
  OAuthCreateAccount: SIGN_IN_MESSAGES.singleSignOnFailed,
  OAuthAccountNotLinked: SIGN_IN_MESSAGES.singleSignOnFailed,
  Callback: SIGN_IN_MESSAGES.singleSignOnFailed,
};

const OWN_MESSAGES = new Set<string>([SIGN_IN_MESSAGES.wrongCredentials, SIGN_IN_MESSAGES.missingCredentials]);

/** The message to show for an ?error= value: null when there is none, never the raw text of an unknown one. */
export function signInErrorMessage(raw: unknown): string | null {
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw !== "string") return SIGN_IN_MESSAGES.generic;
  if (Object.hasOwn(NEXT_AUTH_CODES, raw)) return NEXT_AUTH_CODES[raw];
  if (OWN_MESSAGES.has(raw) || RATE_LIMITED.test(raw)) return raw;
  return SIGN_IN_MESSAGES.generic;
}

/** Whether a message thrown inside sign-in may reach the page as it is. */
export function isShownSignInMessage(message: string): boolean {
  return OWN_MESSAGES.has(message) || RATE_LIMITED.test(message);
}
