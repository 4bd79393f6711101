// Helpers for the action item tests: a resolved incident on chosen components with its
// postmortem, written straight to the database (starting a postmortem is not under test here),
// and the deliveries an item's owner was sent.
import type { PostmortemStatus } from "@/lib/domain/postmortem-status";
import { dayOf } from "@/lib/domain/action-items";
import { db } from "../db";
import { componentIds, marker } from "../incidents/test-fixtures";

const HOUR_MS = 3_600_000;

/** A component of its own, so no other incident (the demo's included) is on it. */
export async function ownComponent() {
  const service = await db.service.findFirstOrThrow({ select: { id: true } });
  const slug = marker("component");
  return db.component.create({ data: { serviceId: service.id, slug, name: `Component ${slug}`, rtoMinutes: 60 } });
}

/** An incident on `components` (slugs) that started at `startedAt` and was resolved an hour later. */
export async function resolvedIncident(startedAt: Date, components: string[] = ["documentation-generation"]) {
  const ids = await componentIds(...components);
  return db.incident.create({
    data: {
      title: `Incident ${marker()}`,
      severity: "SEV2",
      status: "RESOLVED",
      startedAt,
      detectedAt: startedAt,
      resolvedAt: new Date(startedAt.getTime() + HOUR_MS),
      components: { create: ids.map((componentId) => ({ componentId })) },
    },
  });
}

/** A postmortem of a resolved incident. */
export async function postmortemOf(
  options: { startedAt?: Date; components?: string[]; status?: PostmortemStatus; authorId?: string } = {},
) {
  const incident = await resolvedIncident(options.startedAt ?? new Date(Date.now() - 48 * HOUR_MS), options.components);
  const postmortem = await db.postmortem.create({
    data: { incidentId: incident.id, status: options.status ?? "DRAFT", authorId: options.authorId },
  });
  return { incident, postmortem };
}

/** The calendar day `days` after `from`, as a form sends it. */
export function dayAfter(from: Date, days: number): string {
  return dayOf(new Date(from.getTime() + days * 24 * HOUR_MS));
}

/** Deliveries made for an item under one key kind ("assigned" or "overdue"), as [channel, recipient]. */
export async function sentFor(itemId: string, kind: "assigned" | "overdue") {
  const rows = await db.delivery.findMany({
    where: { idempotencyKey: { startsWith: `action-item:${itemId}:${kind}:` } },
    orderBy: [{ recipient: "asc" }, { channel: "asc" }],
  });
  return rows;
}
