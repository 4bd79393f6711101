// For delivery tests: an incident of its own and a set of deliveries for it, made as the product
// makes them, whose rows the test finds by their key prefix.
import { randomUUID } from "node:crypto";
import type { Severity } from "@/lib/domain/severity";
import { createTestUser } from "@/scripts/test/fixtures";
import { userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { createDeliveries, type Message } from "./create-deliveries";
import type { Recipient } from "./recipients";

export type TestIncident = { title: string; severity?: Severity; componentSlug?: string };

export async function declareWithDeliveries(
  { title, severity = "SEV3", componentSlug = "ci-cd-pipeline" }: TestIncident,
  recipients: Recipient[],
  message: Message = { subject: "S", body: "B" },
) {
  const commander = await createTestUser("COMMANDER");
  const component = await db.component.findUniqueOrThrow({ where: { slug: componentSlug } });
  const incident = await declareIncident(userCtx(commander, new Date()), {
    title: `${title} ${randomUUID().slice(0, 8)}`,
    severity,
    componentIds: [component.id],
  });
  const key = `test:${randomUUID()}`;
  await db.$transaction((tx) =>
    createDeliveries(tx, { incidentId: incident.id, keyPrefix: key }, recipients, message, new Date()),
  );
  return { incident, key };
}
