import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { ComponentState } from "@/lib/domain/component-state";
import { DomainError } from "@/lib/domain/errors";

/** Sets how each named component of the incident shows on the status page; names only its own components. */
export async function setComponentStates(
  tx: Tx,
  incidentId: string,
  states: Record<string, ComponentState>,
): Promise<void> {
  const ids = Object.keys(states);
  if (ids.length === 0) return;
  const own = await tx.incidentComponent.findMany({
    where: { incidentId, componentId: { in: ids } },
    select: { componentId: true },
  });
  const known = new Set(own.map((c) => c.componentId));
  const stray = ids.filter((id) => !known.has(id));
  if (stray.length)
    throw new DomainError(
      "VALIDATION",
      "A component is not part of this incident",
      Object.fromEntries(stray.map((id) => [`componentStates.${id}`, ["Not a component of this incident"]])),
    );
  for (const [componentId, publicState] of Object.entries(states))
    await tx.incidentComponent.update({
      where: { incidentId_componentId: { incidentId, componentId } },
      data: { publicState },
    });
}
