import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { createTokenSchema, tokenExpiry } from "@/lib/domain/token-scopes";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { generateToken } from "./secret";

/**
 * Issues an API token. The secret is returned to the caller this once; the database keeps
 * only its sha256 hash and prefix, and the audit row neither.
 */
export async function createToken(ctx: Ctx, input: unknown) {
  return mutate(ctx, "token:manage", createTokenSchema, input, async (tx, data) => {
    // A token belongs to a person: it stops working when they lose the role or are deactivated.
    const createdById = actingUserId(ctx);
    if (!createdById) throw new DomainError("FORBIDDEN", "API tokens are issued by a signed-in person.");
    const secret = generateToken();
    const token = await tx.apiToken.create({
      data: {
        name: data.name,
        prefix: secret.prefix,
        tokenHash: secret.hash,
        scopes: data.scopes,
        createdById,
        createdAt: ctx.now,
        expiresAt: tokenExpiry(ctx.now, data.expiresInDays),
      },
    });
    return {
      result: { token, secret: secret.token },
      audit: { action: "token.create", entityType: "ApiToken", entityId: token.id, after: token },
    };
  });
}
