import "server-only";
import { sourceIdSchema } from "@/lib/domain/integrations/source-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockSource } from "./find";
import { sourceKeys } from "./key";

/** Issues a new key, shown this once; the old one stops working at once. */
export async function rotateSourceKey(ctx: Ctx, input: unknown) {
  return mutate(ctx, "integration:manage", sourceIdSchema, input, async (tx, { id }) => {
    const before = await lockSource(tx, id);
    const key = sourceKeys.generate();
    const source = await tx.integrationSource.update({
      where: { id },
      data: { keyPrefix: key.prefix, keyHash: key.hash },
    });
    return {
      result: { source, key: key.token },
      audit: { action: "integration.rotate-key", entityType: "IntegrationSource", entityId: id, before, after: source },
    };
  });
}
