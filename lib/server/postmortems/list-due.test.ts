// Postmortems due, against a real database: resolved SEV1/SEV2 incidents without a published
// postmortem, soonest due first, overdue past the due date; other severities, open incidents and
// published postmortems are left out.
import { beforeAll, describe, expect, it } from "vitest";
import { postmortemDueAt } from "@/lib/domain/postmortem/due";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { ctxOf } from "@/scripts/test/fixtures";
import { declare, users, type TestUser } from "../incidents/test-fixtures";
import { postmortemForIncident } from "./for-incident";
import { listDuePostmortems } from "./list-due";
import { startPostmortem } from "./start";
import { resolvedIncident } from "./write-test-fixtures";

let commander: TestUser;
let stakeholder: TestUser;
const DAY = 86_400_000;

beforeAll(async () => {
  [commander, stakeholder] = await users("COMMANDER", "STAKEHOLDER");
});

describe("listDuePostmortems", () => {
  it("lists resolved SEV1/SEV2 incidents without a published postmortem, soonest due first, overdue flagged", async () => {
    const now = new Date();
    const old = await resolvedIncident(commander, { severity: "SEV1", at: new Date(now.getTime() - 30 * DAY) });
    const recent = await resolvedIncident(commander, { severity: "SEV2", at: new Date(now.getTime() - 3_600_000) });
    const drafted = await resolvedIncident(commander, { severity: "SEV2", at: new Date(now.getTime() - 2 * DAY) });
    const { postmortem: draft } = await startPostmortem(ctxOf(commander), { incidentId: drafted.id });
    const published = await resolvedIncident(commander, { severity: "SEV1" });
    const { postmortem: done } = await startPostmortem(ctxOf(commander), { incidentId: published.id });
    await db.postmortem.update({ where: { id: done.id }, data: { status: "PUBLISHED", publishedAt: now } });
    const minor = await resolvedIncident(commander, { severity: "SEV3" });
    const open = await declare(commander, { severity: "SEV1" });

    const due = await listDuePostmortems(ctxOf(stakeholder, now));
    const mine = due.filter((d) =>
      [old.id, recent.id, drafted.id, published.id, minor.id, open.id].includes(d.incident.id),
    );
    expect(mine.map((d) => d.incident.id)).toEqual([old.id, drafted.id, recent.id]);
    expect(mine[0]).toMatchObject({
      postmortem: null,
      overdue: true,
      dueAt: postmortemDueAt(old.resolvedAt, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS),
    });
    expect(mine[1]).toMatchObject({ postmortem: { id: draft.id, status: "DRAFT" }, dueAt: draft.dueAt });
    expect(mine[2]).toMatchObject({ postmortem: null, overdue: false });
    const dueTimes = due.map((d) => d.dueAt.getTime());
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
  });

  it("leaves out a draft reopened after it was published", async () => {
    const incident = await resolvedIncident(commander, { severity: "SEV1" });
    const { postmortem } = await startPostmortem(ctxOf(commander), { incidentId: incident.id });
    await db.postmortem.update({
      where: { id: postmortem.id },
      data: { status: "DRAFT", revision: 2, publishedAt: new Date() },
    });
    const due = await listDuePostmortems(ctxOf(commander));
    expect(due.some((d) => d.incident.id === incident.id)).toBe(false);
  });
});

describe("postmortemForIncident", () => {
  it("gives the due date of an expected postmortem before it starts, and the postmortem once it has", async () => {
    const now = new Date();
    const incident = await resolvedIncident(commander, { severity: "SEV1", at: new Date(now.getTime() - 30 * DAY) });
    expect(await postmortemForIncident(ctxOf(stakeholder, now), incident.id)).toMatchObject({
      postmortem: null,
      resolved: true,
      expected: true,
      dueAt: postmortemDueAt(incident.resolvedAt, env.BRIDGE_POSTMORTEM_DUE_WORKING_DAYS),
      overdue: true,
    });
    const { postmortem } = await startPostmortem(ctxOf(commander), { incidentId: incident.id });
    expect(await postmortemForIncident(ctxOf(stakeholder, now), incident.id)).toMatchObject({
      postmortem: { id: postmortem.id, status: "DRAFT" },
    });
    const minor = await resolvedIncident(commander, { severity: "SEV3" });
    expect(await postmortemForIncident(ctxOf(stakeholder), minor.id)).toMatchObject({ expected: false, dueAt: null });
  });
});
