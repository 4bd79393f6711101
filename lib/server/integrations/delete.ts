import "server-only";
import { sourceIdSchema } from "@/lib/domain/integrations/source-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockSource } from "./find";

/**
 * Deletes a source with its alert rows and event log; the incidents it declared stay, and their
 * timelines still name it.
 */
export async function deleteSource(ctx: Ctx, input: unknown) {
  return mutate(ctx, "integration:manage", sourceIdSchema, input, async (tx, { id }) => {
    const before = await lockSource(tx, id);
    await tx.integrationSource.delete({ where: { id } });
    return {
      result: { id },
      audit: { action: "integration.delete", entityType: "IntegrationSource", entityId: id, before },
    };
  });
}
