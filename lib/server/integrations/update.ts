import "server-only";
import { updateSourceSchema } from "@/lib/domain/integrations/source-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { checkComponents } from "./check-components";
import { lockSource } from "./find";
import { nameTaken } from "./name-taken";

/** Changes a source's name, severity mapping, default components and auto-resolve; its kind and key stay. */
export async function updateSource(ctx: Ctx, input: unknown) {
  return mutate(ctx, "integration:manage", updateSourceSchema, input, async (tx, { id, ...data }) => {
    const before = await lockSource(tx, id);
    await checkComponents(tx, data.componentSlugs);
    const source = await tx.integrationSource.update({ where: { id }, data }).catch(nameTaken);
    return {
      result: source,
      audit: { action: "integration.update", entityType: "IntegrationSource", entityId: id, before, after: source },
    };
  });
}
