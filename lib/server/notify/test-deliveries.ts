// For delivery tests: an incident of its own and a set of deliveries for it, made as the product
// makes them, whose rows the test finds by their key prefix.
import { randomUUID } from "node:crypto";
import { createTestUser } from "@/scripts/test/fixtures";
import { userCtx } from "../context";
import { db } from "../db";
import { declareIncident } from "../incidents/declare";
import { createDeliveries } from "./create-deliveries";
import type { Recipient } from "./recipients";

export async function declareWithDeliveries(title: string, recipients: Recipient[]) {
  const commander = await createTestUser("COMMANDER");
  const component = await db.component.findUniqueOrThrow({ where: { slug: "ci-cd-pipeline" } });
  const incident = await declareIncident(userCtx(commander, new Date()), {
    title: `${title} ${randomUUID().slice(0, 8)}`,
    severity: "SEV3",
    componentIds: [component.id],
  });
  const key = `test:${randomUUID()}`;
  await db.$transaction((tx) =>
    createDeliveries(
      tx,
      { incidentId: incident.id, keyPrefix: key },
      recipients,
      { subject: "S", body: "B" },
      new Date(),
    ),
  );
  return { incident, key };
}
