import "server-only";
import { isRole } from "@/lib/domain/roles";
import { writeAudit } from "../audit";
import { userCtx } from "../context";
import { db } from "../db";

/**
 * Ends every session of the person whose token signs out, by raising their session version.
 * A stale token (older version) changes nothing, so a replayed old cookie cannot end newer sessions.
 */
export async function recordSignOut(token: Record<string, unknown> | null, now = new Date()): Promise<boolean> {
  if (typeof token?.uid !== "string" || typeof token.sv !== "number") return false;
  const { uid, sv } = token;
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: uid, sessionVersion: sv },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count === 0) return false;
    const user = await tx.user.findUniqueOrThrow({ where: { id: uid } });
    if (!isRole(user.role)) return true;
    await writeAudit(tx, userCtx(user, now), {
      action: "auth.sign_out",
      entityType: "User",
      entityId: uid,
      after: { sessionVersion: user.sessionVersion },
    });
    return true;
  });
}
