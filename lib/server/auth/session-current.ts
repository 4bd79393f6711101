import "server-only";
import { db } from "../db";

/** A token stays valid while its user is active and no sign-out or account change raised the version. */
export async function isSessionCurrent(token: Record<string, unknown>): Promise<boolean> {
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return false;
  const user = await db.user.findUnique({ where: { id: token.uid }, select: { active: true, sessionVersion: true } });
  return Boolean(user?.active && user.sessionVersion === token.sv);
}
