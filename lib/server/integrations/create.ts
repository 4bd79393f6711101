import "server-only";
import { createSourceSchema } from "@/lib/domain/integrations/source-input";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { checkComponents } from "./check-components";
import { sourceKeys } from "./key";
import { nameTaken } from "./name-taken";

/**
 * Configures an inbound alert source. Its key is returned this once; the database keeps only the
 * hash and prefix, and the audit row neither.
 */
export async function createSource(ctx: Ctx, input: unknown) {
  return mutate(ctx, "integration:manage", createSourceSchema, input, async (tx, data) => {
    await checkComponents(tx, data.componentSlugs);
    const key = sourceKeys.generate();
    const source = await tx.integrationSource
      .create({
        data: { ...data, keyPrefix: key.prefix, keyHash: key.hash, createdById: actingUserId(ctx), createdAt: ctx.now },
      })
      .catch(nameTaken);
    return {
      result: { source, key: key.token },
      audit: { action: "integration.create", entityType: "IntegrationSource", entityId: source.id, after: source },
    };
  });
}
