// Incidents with a postmortem for the assembly tests: the incident's story goes through the real
// incident services; the postmortem row is written straight to the database (starting one is
// not what these tests are about).
import { ctxOf } from "@/scripts/test/fixtures";
import { db } from "../db";
import { acknowledge } from "../incidents/acknowledge";
import { addNote } from "../incidents/add-note";
import { changeStatus } from "../incidents/change-status";
import { declare, later, users, type TestUser } from "../incidents/test-fixtures";
import { assemblePostmortem } from "./assemble";

/**
 * Declared at `t0` (two hours ago unless told), acknowledged at +4 min, a note at +10, cause found
 * at +20, fix in at +40, resolved at +60; the postmortem is assembled at +90.
 */
export async function assembledPostmortem(options: { t0?: Date; components?: string[] } = {}) {
  const [commander, stakeholder] = await users("COMMANDER", "STAKEHOLDER");
  const t0 = options.t0 ?? new Date(Math.floor(Date.now() / 60_000) * 60_000 - 2 * 3_600_000);
  const incident = await declare(commander, { severity: "SEV2", now: t0, components: options.components });
  const ctx = (minutes: number) => ctxOf(commander, later(t0, minutes));
  await acknowledge(ctx(4), { incidentId: incident.id });
  await addNote(ctx(10), { incidentId: incident.id, message: "Registry quota exhausted" });
  await changeStatus(ctx(20), { incidentId: incident.id, status: "IDENTIFIED" });
  await changeStatus(ctx(40), { incidentId: incident.id, status: "MONITORING" });
  await changeStatus(ctx(60), { incidentId: incident.id, status: "RESOLVED" });
  const postmortem = await db.postmortem.create({ data: { incidentId: incident.id, authorId: commander.id } });
  const assembledAt = later(t0, 90);
  const added = await db.$transaction((tx) => assemblePostmortem(tx, postmortem.id, assembledAt));
  return { commander, stakeholder, incident, postmortem, t0, assembledAt, added, ctx };
}

export type Assembled = Awaited<ReturnType<typeof assembledPostmortem>>;
export type { TestUser };

export const entriesOf = (postmortemId: string) =>
  db.postmortemTimelineEntry.findMany({ where: { postmortemId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });

export const keyTimesOf = async (postmortemId: string) =>
  Object.fromEntries((await db.postmortemKeyTime.findMany({ where: { postmortemId } })).map((k) => [k.kind, k]));
