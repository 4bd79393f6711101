import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { isRole } from "@/lib/domain/roles";
import { LAST_USED_RESOLUTION_MS, shouldTouchLastUsed, tokenState } from "@/lib/domain/token-scopes";
import { tokenCtx, type Ctx } from "../context";
import { db } from "../db";
import { hashToken, tokenPrefix } from "./secret";

// One message for every failure, so a caller cannot tell a revoked token from one that never existed.
const refused = () => new DomainError("UNAUTHENTICATED", "The API token is invalid, revoked or expired.");

/**
 * Resolves a bearer token to a context: looked up by hash, refused if revoked or expired or if
 * its creator is no longer an active user. The creator's role is read now, not when issued.
 */
export async function authenticateToken(token: string, now = new Date()): Promise<Ctx> {
  if (!tokenPrefix(token)) throw refused();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { createdBy: { select: { role: true, active: true } } },
  });
  if (!row || tokenState(row, now) !== "active" || !row.createdBy.active || !isRole(row.createdBy.role))
    throw refused();
  if (shouldTouchLastUsed(row.lastUsedAt, now)) {
    // Conditional, so concurrent requests within the same minute write once.
    const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return tokenCtx(row, row.createdBy.role, now);
}
