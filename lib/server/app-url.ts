import "server-only";
import { env } from "./env";

/** Absolute links for e-mails and webhooks. */
export function appUrl(path: string): string {
  const base = (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  return `${base}${path}`;
}
