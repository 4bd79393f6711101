import "server-only";
import { publicDetailsSchema } from "@/lib/domain/status-update";
import type { Ctx } from "../context";
import { lockIncident } from "../incidents/lock";
import { mutate } from "../mutate";
import { publicIncidentChanged } from "../status-page/changed";
import { setComponentStates } from "./set-component-states";

/**
 * Sets the incident's public title and how its components show on the status page. Once the
 * incident is public this changes the page at once, so the static copy is written again too.
 */
export async function setPublicDetails(ctx: Ctx, input: unknown) {
  return mutate(ctx, "incident:command", publicDetailsSchema, input, async (tx, data) => {
    const before = await lockIncident(tx, data.incidentId);
    const components = await tx.incidentComponent.findMany({ where: { incidentId: before.id } });
    await setComponentStates(tx, before.id, data.componentStates);
    const incident = await tx.incident.update({
      where: { id: before.id },
      data: { publicTitle: data.publicTitle ?? null },
    });
    await publicIncidentChanged(tx, ctx, incident);
    return {
      result: { incidentId: incident.id, publicTitle: incident.publicTitle },
      audit: {
        action: "incident.public-details",
        entityType: "Incident",
        entityId: before.id,
        before: { publicTitle: before.publicTitle, components: components.map((c) => [c.componentId, c.publicState]) },
        after: { publicTitle: incident.publicTitle, componentStates: data.componentStates },
      },
      event: { type: "incident.changed", id: before.id },
    };
  });
}
