import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDomainError } from "@/lib/domain/errors";
import { isRole } from "@/lib/domain/roles";
import { sameOriginPath } from "@/lib/domain/safe-redirect";
import { isShownSignInMessage, SIGN_IN_MESSAGES } from "@/lib/domain/sign-in-errors";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";
import { env } from "../env";
import { isSessionCurrent } from "./session-current";
import { recordSignOut } from "./sign-out";
import { verifyCredentials } from "./verify-credentials";

// Single sign-on is offered only when all three OIDC variables are set (checked by the env schema).
function oidcProvider(): NextAuthOptions["providers"] {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile: { sub: string; email: string; name?: string }) => ({
        id: profile.sub,
        email: profile.email,
        name: profile.name ?? profile.email,
      }),
    },
  ];
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error(SIGN_IN_MESSAGES.missingCredentials);
        try {
          return await verifyCredentials(credentials.email, credentials.password, clientIpFrom(req.headers));
        } catch (error) {
          // next-auth passes a thrown message to the login page as ?error=…: only fixed texts go there.
          if (isDomainError(error) && isShownSignInMessage(error.message)) throw new Error(error.message);
          console.error("sign-in failed unexpectedly", error);
          throw new Error(SIGN_IN_MESSAGES.generic);
        }
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    // Only paths of this app: "/%5Cevil.example" or "/%09/evil.example" must not leave it.
    redirect({ url, baseUrl }) {
      return `${baseUrl.replace(/\/$/, "")}${sameOriginPath(url, baseUrl)}`;
    },
    // Single sign-on admits only people an admin has already added and not deactivated.
    async signIn({ user, account }) {
      if (account?.provider === "credentials") return true;
      if (!user.email) return false;
      const known = await db.user.findUnique({ where: { email: user.email.toLowerCase() } });
      return Boolean(known?.active);
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const known = await db.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() } });
        if (known)
          Object.assign(token, {
            uid: known.id,
            role: known.role,
            name: known.name,
            email: known.email,
            sv: known.sessionVersion,
          });
        return token;
      }
      // An empty token carries no user: the cookie is as good as signed out.
      return (await isSessionCurrent(token)) ? token : {};
    },
    async session({ session, token }) {
      // An ended session answers like no session at all (next-auth reads {} as signed out).
      if (typeof token.uid !== "string") return {} as typeof session;
      if (session.user && typeof token.uid === "string" && isRole(token.role)) {
        Object.assign(session.user, { id: token.uid, role: token.role, sv: token.sv });
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await recordSignOut(token);
    },
  },
};
