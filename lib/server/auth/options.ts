import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDomainError } from "@/lib/domain/errors";
import { isRole } from "@/lib/domain/roles";
import { clientIpFrom } from "../client-ip";
import { db } from "../db";
import { env } from "../env";
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
        if (!credentials?.email || !credentials.password) throw new Error("Enter your e-mail and password.");
        try {
          return await verifyCredentials(credentials.email, credentials.password, clientIpFrom(req.headers));
        } catch (error) {
          // next-auth passes a thrown message to the login page as ?error=…
          if (isDomainError(error)) throw new Error(error.message);
          throw error;
        }
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
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
        if (known) Object.assign(token, { uid: known.id, role: known.role, name: known.name, email: known.email });
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string" && isRole(token.role)) {
        Object.assign(session.user, { id: token.uid, role: token.role });
      }
      return session;
    },
  },
};
