import "server-only";
import { setSourceEnabledSchema } from "@/lib/domain/integrations/source-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { lockSource } from "./find";

/** Turns a source off (its payloads are refused with 403 and logged as rejected) or back on. */
export async function setSourceEnabled(ctx: Ctx, input: unknown) {
  return mutate(ctx, "integration:manage", setSourceEnabledSchema, input, async (tx, { id, enabled }) => {
    const before = await lockSource(tx, id);
    const source = await tx.integrationSource.update({ where: { id }, data: { enabled } });
    return {
      result: source,
      audit: {
        action: enabled ? "integration.enable" : "integration.disable",
        entityType: "IntegrationSource",
        entityId: id,
        before,
        after: source,
      },
    };
  });
}
