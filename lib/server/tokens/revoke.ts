import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { revokeTokenSchema } from "@/lib/domain/token-scopes";
import type { Ctx } from "../context";
import { mutate } from "../mutate";

/** Revokes a token for good; the next request carrying it gets 401. */
export async function revokeToken(ctx: Ctx, input: unknown) {
  return mutate(ctx, "token:manage", revokeTokenSchema, input, async (tx, data) => {
    const before = await tx.apiToken.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such token.", { id: ["No such token"] });
    // Conditional on not yet revoked, so two admins revoking at once record one revocation.
    const { count } = await tx.apiToken.updateMany({
      where: { id: data.id, revokedAt: null },
      data: { revokedAt: ctx.now },
    });
    if (count === 0) throw new DomainError("CONFLICT", "This token is already revoked.", { id: ["Already revoked"] });
    const token = await tx.apiToken.findUniqueOrThrow({ where: { id: data.id } });
    return {
      result: token,
      audit: { action: "token.revoke", entityType: "ApiToken", entityId: token.id, before, after: token },
    };
  });
}
