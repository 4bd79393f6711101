import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { componentStateSchema } from "@/lib/domain/status-update";
import type { Ctx } from "../context";
import { lockIncident } from "../incidents/lock";
import { mutate } from "../mutate";
import { publicIncidentChanged } from "../status-page/changed";

/**
 * Sets how one of the incident's components shows on the status page, the single-component form
 * of the incident page's public details. A published incident changes the page at once.
 */
export async function setComponentState(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", componentStateSchema, input, async (tx, data) => {
    const incident = await lockIncident(tx, data.incidentId);
    const before = await tx.incidentComponent.findFirst({
      where: { incidentId: incident.id, component: { slug: data.componentSlug } },
      select: { componentId: true, publicState: true, component: { select: { slug: true, name: true } } },
    });
    if (!before)
      throw new DomainError("NOT_FOUND", `Incident #${incident.number} does not affect ${data.componentSlug}.`, {
        slug: ["Not a component of this incident"],
      });
    await tx.incidentComponent.update({
      where: { incidentId_componentId: { incidentId: incident.id, componentId: before.componentId } },
      data: { publicState: data.state },
    });
    await publicIncidentChanged(tx, ctx, incident);
    const result = { ...before.component, publicState: data.state };
    return {
      result,
      audit: {
        action: "incident.component-state",
        entityType: "Incident",
        entityId: incident.id,
        before: { slug: before.component.slug, publicState: before.publicState },
        after: { slug: result.slug, publicState: result.publicState },
      },
      event: { type: "incident.changed", id: incident.id },
    };
  });
}
