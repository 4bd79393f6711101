import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { overrideSchema } from "@/lib/domain/status-page-input";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { publicPageChanged, STATUS_PAGE_CHANGED } from "./changed";

/** A commander sets what the public sees for a component, whatever incidents say; null derives it again. */
export async function overrideComponent(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", overrideSchema, input, async (tx, data) => {
    const before = await tx.component.findUnique({
      where: { id: data.componentId },
      select: { id: true, name: true, stateOverride: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "No such component.");
    const after = await tx.component.update({
      where: { id: before.id },
      data: { stateOverride: data.state },
      select: { id: true, name: true, stateOverride: true },
    });
    await publicPageChanged(tx, ctx);
    return {
      result: after,
      audit: { action: "statuspage.component.override", entityType: "Component", entityId: before.id, before, after },
      event: STATUS_PAGE_CHANGED,
    };
  });
}
