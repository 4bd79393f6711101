// Managing the status page: commanders and admins place components, group them, override a
// state and run maintenance; each change is audited, schedules the snapshot and shows publicly.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { componentIds, marker, users, type TestUser } from "@/lib/server/incidents/test-fixtures";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { advanceMaintenance } from "./advance-maintenance";
import { overrideComponent } from "./override-component";
import { placeComponent } from "./place-component";
import { saveGroup } from "./save-group";
import { scheduleMaintenance } from "./schedule-maintenance";
import { buildSummary } from "./view";

const snapshotJobs = () => db.job.count({ where: { kind: "status-snapshot" } });
const stateOf = async (slug: string) =>
  (await buildSummary(db, new Date())).groups.flatMap((g) => g.components).find((c) => c.slug === slug)?.state;

describe("status page management", () => {
  let admin: TestUser, commander: TestUser, responder: TestUser;
  let ci: string;

  beforeAll(async () => {
    [admin, commander, responder] = await users("ADMIN", "COMMANDER", "RESPONDER");
    [ci] = await componentIds("ci-cd-pipeline");
  });

  it("creates a group and moves a component into it, audited, with a snapshot scheduled", async () => {
    const jobs = await snapshotJobs();
    const name = `Group ${marker()}`;
    const group = await saveGroup(ctxOf(admin), { name, position: "5" });
    await placeComponent(ctxOf(commander), { componentId: ci, groupId: group.id, position: "2", public: true });
    const summary = await buildSummary(db, new Date());
    expect(summary.groups.find((g) => g.name === name)?.components.map((c) => c.slug)).toEqual(["ci-cd-pipeline"]);
    expect(
      await db.auditLog.count({ where: { entityId: { in: [group.id, ci] }, action: { startsWith: "statuspage." } } }),
    ).toBe(2);
    expect(await snapshotJobs()).toBeGreaterThanOrEqual(jobs + 1);
    expect(await rejection(() => saveGroup(ctxOf(admin), { name: name.toUpperCase() }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: ["A group has this name"] },
    });
  });

  it("hides a component that is not listed publicly, and shows it again", async () => {
    await placeComponent(ctxOf(admin), { componentId: ci, groupId: "", position: "0", public: false });
    expect(await stateOf("ci-cd-pipeline")).toBeUndefined();
    await placeComponent(ctxOf(admin), { componentId: ci, groupId: "", position: "0", public: "on" });
    expect(await stateOf("ci-cd-pipeline")).toBe("OPERATIONAL");
  });

  it("lets a commander override the public state and go back to derived; a responder may not", async () => {
    await overrideComponent(ctxOf(commander), { componentId: ci, state: "DEGRADED_PERFORMANCE" });
    expect(await stateOf("ci-cd-pipeline")).toBe("DEGRADED_PERFORMANCE");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: ci, action: "statuspage.component.override" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: commander.id,
      after: expect.objectContaining({ stateOverride: "DEGRADED_PERFORMANCE" }),
    });
    await overrideComponent(ctxOf(commander), { componentId: ci, state: "" });
    expect(await stateOf("ci-cd-pipeline")).toBe("OPERATIONAL");
    expect(
      (await rejection(() => overrideComponent(ctxOf(responder), { componentId: ci, state: "MAJOR_OUTAGE" }))).code,
    ).toBe("FORBIDDEN");
    expect(
      await rejection(() => overrideComponent(ctxOf(commander), { componentId: ci, state: "ON_FIRE" })),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { state: [expect.stringContaining("OPERATIONAL")] },
    });
  });

  it("mails each step of maintenance to subscribers only when asked to", async () => {
    const quiet = await scheduleMaintenance(ctxOf(commander), {
      title: `Quiet work ${marker()}`,
      scheduledStart: "2030-02-01T01:00",
      scheduledEnd: "2030-02-01T02:00",
      componentIds: [ci],
    });
    const told = await scheduleMaintenance(ctxOf(commander), {
      title: `Announced work ${marker()}`,
      scheduledStart: "2030-02-01T01:00",
      scheduledEnd: "2030-02-01T02:00",
      componentIds: [ci],
      notifySubscribers: true,
    });
    const a = await advanceMaintenance(ctxOf(commander), {
      maintenanceId: quiet.id,
      status: "IN_PROGRESS",
      message: "Go.",
    });
    const b = await advanceMaintenance(ctxOf(commander), {
      maintenanceId: told.id,
      status: "IN_PROGRESS",
      message: "Go.",
    });
    const keys = (
      await db.job.findMany({
        where: { key: { in: [`subscribers:maintenance:${a.id}`, `subscribers:maintenance:${b.id}`] } },
        select: { key: true },
      })
    ).map((j) => j.key);
    expect(keys).toEqual([`subscribers:maintenance:${b.id}`]);
    for (const m of [quiet, told])
      await advanceMaintenance(ctxOf(commander), { maintenanceId: m.id, status: "COMPLETED", message: "Done." });
  });

  it("schedules maintenance ahead and runs it through its states with a public message each", async () => {
    const title = `Runner upgrade ${marker()}`;
    const bad = await rejection(() =>
      scheduleMaintenance(ctxOf(commander), {
        title,
        scheduledStart: "2030-01-01T02:00",
        scheduledEnd: "2030-01-01T01:00",
        componentIds: [],
      }),
    );
    expect(bad.fieldErrors).toMatchObject({
      scheduledEnd: ["End after the start"],
      componentIds: ["Choose at least one component"],
    });
    const m = await scheduleMaintenance(ctxOf(commander), {
      title,
      description: "Runners restart.",
      scheduledStart: "2030-01-01T01:00",
      scheduledEnd: "2030-01-01T02:00",
      componentIds: [ci],
    });
    expect(m.scheduledStart.toISOString()).toBe("2030-01-01T01:00:00.000Z");
    expect((await buildSummary(db, new Date())).maintenance.map((x) => x.title)).toContain(title);
    expect(await stateOf("ci-cd-pipeline")).toBe("OPERATIONAL");

    await advanceMaintenance(ctxOf(commander), { maintenanceId: m.id, status: "IN_PROGRESS", message: "Started." });
    expect(await stateOf("ci-cd-pipeline")).toBe("UNDER_MAINTENANCE");
    expect(
      await rejection(() =>
        advanceMaintenance(ctxOf(commander), { maintenanceId: m.id, status: "SCHEDULED", message: "x" }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
    });
    await advanceMaintenance(ctxOf(commander), { maintenanceId: m.id, status: "VERIFYING", message: "Checking." });
    await advanceMaintenance(ctxOf(commander), { maintenanceId: m.id, status: "COMPLETED", message: "Done." });
    expect(await stateOf("ci-cd-pipeline")).toBe("OPERATIONAL");
    const summary = await buildSummary(db, new Date());
    expect(summary.pastMaintenance.find((x) => x.id === m.id)?.updates.map((u) => u.message)).toEqual([
      "Started.",
      "Checking.",
      "Done.",
    ]);
    const row = await db.maintenance.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.startedAt).not.toBeNull();
    expect(row.completedAt).not.toBeNull();
    expect((await rejection(() => scheduleMaintenance(ctxOf(responder), { title }))).code).toBe("FORBIDDEN");
  });
});
