import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { authorize } from "../authorize";
import type { Ctx } from "../context";
import { db } from "../db";

/** How many of a token's latest requests its page shows. */
export const TOKEN_REQUESTS_SHOWN = 100;

/** One token (never its hash) and its latest API requests, newest first, for an admin. */
export async function getTokenRequests(ctx: Ctx, id: string) {
  authorize(ctx, "token:manage");
  const token = await db.apiToken.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { email: true } },
    },
  });
  if (!token) throw new DomainError("NOT_FOUND", "There is no such token.");
  const [requests, total, failed] = await Promise.all([
    db.apiRequest.findMany({ where: { tokenId: id }, orderBy: { at: "desc" }, take: TOKEN_REQUESTS_SHOWN }),
    db.apiRequest.count({ where: { tokenId: id } }),
    db.apiRequest.count({ where: { tokenId: id, status: { gte: 400 } } }),
  ]);
  return { token, requests, total, failed };
}
