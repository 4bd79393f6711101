import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { pastDueDateError } from "@/lib/domain/action-items";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";

export type Chosen = { ownerId?: string; componentId?: string; dueDate?: Date };
type Current = { ownerId: string | null; componentId: string | null; dueDate: Date | null };

/**
 * Checks what an item points at, naming every bad field at once: the owner must be an active
 * person who is not read-only, the component one the incident affected (any, for an item without one), the due day not passed.
 * A value the item already has is not checked again, so an owner who has since left, or a due
 * day that has passed, does not block saving the item's other fields.
 */
export async function checkReferences(
  tx: Tx,
  chosen: Chosen,
  { incidentId, now, before }: { incidentId: string | null; now: Date; before?: Current },
): Promise<void> {
  const errors: FieldErrors = {};
  if (chosen.ownerId && chosen.ownerId !== before?.ownerId) {
    const owner = await tx.user.findUnique({ where: { id: chosen.ownerId }, select: { active: true, role: true } });
    if (!owner || !owner.active) errors.ownerId = ["Choose an active person as owner"];
    else if (owner.role === "STAKEHOLDER") errors.ownerId = ["Stakeholders are read-only and cannot own action items"];
  }
  if (chosen.componentId && chosen.componentId !== before?.componentId) {
    // An item from a DR test run has no incident: any component of the service will do.
    const affected = incidentId
      ? await tx.incidentComponent.findUnique({
          where: { incidentId_componentId: { incidentId, componentId: chosen.componentId } },
          select: { componentId: true },
        })
      : await tx.component.findUnique({ where: { id: chosen.componentId }, select: { id: true } });
    if (!affected)
      errors.componentId = [incidentId ? "Choose one of the components this incident affected" : "No such component"];
  }
  if (chosen.dueDate && chosen.dueDate.getTime() !== before?.dueDate?.getTime()) {
    const past = pastDueDateError(chosen.dueDate, now);
    if (past) errors.dueDate = [past];
  }
  const names = Object.keys(errors);
  if (names.length) throw new DomainError("VALIDATION", `Invalid input: ${names.join(", ")}`, errors);
}
