// A running incident keeps the escalation policy version it was declared under: saving the
// policy (reordered, re-timed, retargeted) bumps its version and changes only later incidents.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { getIncident } from "../incidents/get";
import { declare } from "../incidents/test-fixtures";
import { clockFrom, runWorkerUntil } from "../jobs/test-worker";
import { getDueNext } from "../plan/due-next";
import { createPolicy } from "./create";
import { savePolicy } from "./save";
import { email, storedPolicyInput } from "./test-fixtures";

const MIN = 60_000;
const PLAN_DEFAULT = "Default (plan)";
const level = (name: string, minutes: number, address: string) => ({
  name,
  roleLabel: "",
  escalateAfterMinutes: minutes,
  targets: [email(address)],
});

afterEach(async () => {
  const mine = await db.escalationPolicy.findMany({
    where: { name: { startsWith: "Versioned policy" } },
    select: { id: true },
  });
  const ids = mine.map((p) => p.id);
  await db.escalationPolicy.updateMany({ where: { name: PLAN_DEFAULT }, data: { isDefault: true } });
  await db.escalationPolicy.updateMany({ where: { id: { in: ids } }, data: { isDefault: false } });
  await db.incident.deleteMany({ where: { escalationPolicyId: { in: ids } } });
  await db.escalationPolicy.deleteMany({ where: { id: { in: ids } } });
});

/** Declares an incident while `policyId` is the default, then gives the flag back at once. */
async function declareUnder(policyId: string, at: Date) {
  const commander = await createTestUser("COMMANDER");
  await db.escalationPolicy.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
  await db.escalationPolicy.update({ where: { id: policyId }, data: { isDefault: true } });
  try {
    return await declare(commander, { severity: "SEV3", now: at });
  } finally {
    await db.escalationPolicy.update({ where: { id: policyId }, data: { isDefault: false } });
    await db.escalationPolicy.updateMany({ where: { name: PLAN_DEFAULT }, data: { isDefault: true } });
  }
}

/** A new, non-default policy whose name the cleanup above finds. */
const createVersioned = (
  admin: Awaited<ReturnType<typeof createTestUser>>,
  levels: ReturnType<typeof level>[],
  name = `Versioned policy ${randomUUID().slice(0, 8)}`,
) => createPolicy(ctxOf(admin), { name, description: "", repeatCount: 0, isDefault: false, levels });

const pagesOf = (incidentId: string) =>
  db.page.findMany({
    where: { incidentId },
    include: { level: true, deliveries: true },
    orderBy: [{ round: "asc" }, { plannedAt: "asc" }],
  });

describe("escalation policy versions", () => {
  it("pages a running incident by the levels it was declared with, after the policy is reordered and edited", async () => {
    const admin = await createTestUser("ADMIN");
    const name = `Versioned policy ${randomUUID().slice(0, 8)}`;
    const created = await createVersioned(
      admin,
      [
        level("First", 10, "first@example.com"),
        level("Second", 20, "second@example.com"),
        level("Third", 30, "third@example.com"),
      ],
      name,
    );
    expect((await db.escalationPolicy.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);

    const t0 = new Date();
    const incident = await declareUnder(created.id, t0);
    await runWorkerUntil(async () => (await pagesOf(incident.id)).length === 1);

    // Reorder (Third first), shorten every window, retarget the old second level and add one.
    const input = await storedPolicyInput(ctxOf(admin), created.id);
    const [first, second, third] = input.levels;
    input.levels = [
      { ...third, escalateAfterMinutes: 1 },
      { ...second, escalateAfterMinutes: 1, targets: [email("someone-else@example.com")] },
      { ...first, escalateAfterMinutes: 1 },
      level("Added", 1, "added@example.com") as (typeof input.levels)[number],
    ];
    await savePolicy(ctxOf(admin), input);
    expect((await db.escalationPolicy.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(2);

    // Past the declared first window (10 min), but before the second's (20 min more).
    const after = clockFrom(new Date(t0.getTime() + 10 * MIN + 1_000));
    await runWorkerUntil(async () => (await pagesOf(incident.id)).length >= 2, { clock: after });
    const pages = await pagesOf(incident.id);
    expect(pages.map((p) => p.level.id)).toEqual([first.id, second.id]);
    expect(pages[1].plannedAt).toEqual(new Date(t0.getTime() + 10 * MIN));
    expect(pages[1].deliveries.map((d) => d.recipient)).toEqual(["second@example.com"]);
    const escalated = await db.incidentEvent.findFirstOrThrow({
      where: { incidentId: incident.id, kind: "ESCALATED" },
    });
    expect(escalated.message).toContain("Escalated to Second (second@example.com)");
    const next = await db.job.findUniqueOrThrow({ where: { key: `page:${incident.id}:0:3` } });
    expect(next).toMatchObject({ status: "PENDING", plannedAt: new Date(t0.getTime() + 30 * MIN) });

    // The incident page names the version and shows the levels as declared.
    const view = await getIncident(ctxOf(admin), incident.number);
    if (!view.internal) throw new Error("an admin sees the internal view");
    expect(view.escalation).toMatchObject({ name, version: 1 });
    expect(view.escalation?.levels.map((l) => [l.name, l.escalateAfterMinutes])).toEqual([
      ["First", 10],
      ["Second", 20],
      ["Third", 30],
    ]);

    // An incident declared now runs on version 2.
    const later = await declareUnder(created.id, new Date());
    const laterView = await getIncident(ctxOf(admin), later.number);
    if (!laterView.internal) throw new Error("an admin sees the internal view");
    expect(laterView.escalation).toMatchObject({ version: 2 });
    expect(laterView.escalation?.levels.map((l) => l.name)).toEqual(["Third", "Second", "First", "Added"]);
  });

  it("names an incident's next escalation by the level it was declared with", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createVersioned(admin, [
      level("First", 10, "first@example.com"),
      level("Second", 20, "second@example.com"),
    ]);
    // Declared long ago with no worker running: its first page is the earliest deadline of all.
    const incident = await declareUnder(created.id, new Date("2001-01-01T00:00:00Z"));
    const input = await storedPolicyInput(ctxOf(admin), created.id);
    input.levels = [
      { ...input.levels[1], name: "Second, now first" },
      { ...input.levels[0], name: "First, now second" },
    ];
    await savePolicy(ctxOf(admin), input);
    const { due } = await getDueNext(ctxOf(admin), { take: 1 });
    expect(due).toEqual([
      expect.objectContaining({
        kind: "escalation",
        what: "Page First",
        incident: expect.objectContaining({ number: incident.number }),
      }),
    ]);
  });

  it("refuses to remove a level a running incident may still page, naming the incident", async () => {
    const admin = await createTestUser("ADMIN");
    const created = await createVersioned(admin, [
      level("First", 10, "first@example.com"),
      level("Second", 20, "second@example.com"),
    ]);
    const incident = await declareUnder(created.id, new Date());
    const input = await storedPolicyInput(ctxOf(admin), created.id);
    input.levels = [input.levels[0]];
    const error = await rejection(() => savePolicy(ctxOf(admin), input));
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors?.levels?.[0]).toContain(
      `“Second” may still page for running incident #${incident.number}`,
    );
    expect(await db.escalationLevel.count({ where: { policyId: created.id } })).toBe(2);

    // Once the incident is resolved the level may go.
    await db.incident.update({ where: { id: incident.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    const saved = await savePolicy(ctxOf(admin), input);
    expect(saved.levels.map((l) => l.name)).toEqual(["First"]);
  });
});
