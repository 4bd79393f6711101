// The demo incidents look like real ones: each ran under a policy version, paged and was
// acknowledged, owed and sent its matrix notifications, and its timeline tells it in order,
// all in the past with nothing left for the worker. Seeding again changes nothing.
import { describe, expect, it } from "vitest";
import { readSnapshot } from "@/lib/domain/escalation-snapshot";
import { db } from "@/lib/server/db";
import { seed } from "@/prisma/seed";
import { DEMO_INCIDENTS } from "@/prisma/seed-demo-incidents";

const titles = DEMO_INCIDENTS.map((d) => d.title);

async function demoIncidents() {
  return db.incident.findMany({
    where: { title: { in: titles } },
    orderBy: { startedAt: "asc" },
    include: {
      pages: { include: { level: true }, orderBy: { plannedAt: "asc" } },
      obligations: { orderBy: { dueAt: "asc" } },
      deliveries: true,
      events: { orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
    },
  });
}

const ms = (d: Date | null) => d?.getTime() ?? Number.NaN;

describe("demo incidents", () => {
  it("each has its policy version, pages and acknowledgement, sent obligations and deliveries, in the past", async () => {
    const now = new Date();
    const incidents = await demoIncidents();
    expect(incidents.map((i) => i.title).sort()).toEqual([...titles].sort());
    for (const incident of incidents) {
      const policy = readSnapshot(incident.escalationSnapshot);
      expect(policy, incident.title).toMatchObject({ name: "Default (plan)", version: 1 });
      expect(incident.escalationPolicyId).toBe(policy!.policyId);

      // Pages: level one at declaration, later levels at their planned times, the last one acknowledged.
      expect(incident.pages.length).toBeGreaterThan(0);
      expect(ms(incident.pages[0].plannedAt)).toBe(ms(incident.startedAt));
      for (const p of incident.pages) expect(ms(p.pagedAt)).toBeGreaterThanOrEqual(ms(p.plannedAt));
      const acked = incident.pages.filter((p) => p.acknowledgedAt);
      expect(acked).toEqual([incident.pages.at(-1)]);
      expect(ms(acked[0].acknowledgedAt)).toBe(ms(incident.acknowledgedAt));
      expect(ms(acked[0].acknowledgedAt)).toBeGreaterThanOrEqual(ms(acked[0].pagedAt));
      expect(acked[0].acknowledgedById).not.toBeNull();

      // Obligations of the incident's severity, each sent, with its deliveries sent then or after.
      const rules = await db.notificationRule.count({ where: { severity: incident.severity } });
      expect(incident.obligations).toHaveLength(rules);
      for (const o of incident.obligations) {
        expect(o).toMatchObject({ status: "SENT" });
        expect(ms(o.sentAt)).toBeGreaterThan(ms(incident.startedAt));
        const sent = incident.deliveries.filter((d) => d.obligationId === o.id);
        expect(sent.length).toBeGreaterThan(0);
        for (const d of sent) expect(ms(d.sentAt)).toBeGreaterThanOrEqual(ms(o.sentAt));
      }
      expect(incident.deliveries.filter((d) => d.pageId).length).toBeGreaterThan(0);
      for (const d of incident.deliveries) {
        expect(d.status).toBe("SENT");
        expect(ms(d.sentAt)).toBeLessThan(now.getTime());
      }

      // The timeline, in order: declared first, resolved last among status changes, never in the future.
      const kinds = incident.events.map((e) => e.kind);
      expect(incident.events[0]).toMatchObject({ kind: "DECLARED", occurredAt: incident.startedAt });
      expect(kinds.indexOf("PAGED")).toBeLessThan(kinds.indexOf("ACKNOWLEDGED"));
      expect(kinds.filter((k) => k === "ESCALATED")).toHaveLength(incident.pages.length - 1);
      expect(kinds.filter((k) => k === "NOTIFICATION_SENT")).toHaveLength(rules);
      const resolved = incident.events.find((e) => e.message.endsWith("→ RESOLVED"));
      expect(ms(resolved!.occurredAt)).toBe(ms(incident.resolvedAt));
      for (const e of incident.events) {
        expect(ms(e.occurredAt)).toBeGreaterThanOrEqual(ms(incident.startedAt));
        expect(ms(e.occurredAt)).toBeLessThan(now.getTime());
      }
      const jobs = await db.job.count({ where: { key: { contains: incident.id }, status: { not: "DONE" } } });
      expect(jobs).toBe(0);
    }

    // Across the demo: one incident escalated past level one, one obligation sent late, and one
    // e-mail that failed once before it went out.
    expect(incidents.some((i) => i.pages.length > 1)).toBe(true);
    expect(incidents.flatMap((i) => i.obligations).some((o) => ms(o.sentAt) - ms(o.dueAt) > 60_000)).toBe(true);
    const retried = incidents.flatMap((i) => i.deliveries).filter((d) => d.lastError);
    expect(retried).toEqual([expect.objectContaining({ status: "SENT", attempts: 2, channel: "EMAIL" })]);
    expect(incidents.flatMap((i) => i.events).filter((e) => e.kind === "NOTIFICATION_FAILED")).toHaveLength(1);
  });

  it("seeding again adds nothing", async () => {
    const count = async () => ({
      incidents: await db.incident.count({ where: { title: { in: titles } } }),
      pages: await db.page.count({ where: { incident: { title: { in: titles } } } }),
      deliveries: await db.delivery.count({ where: { incident: { title: { in: titles } } } }),
      events: await db.incidentEvent.count({ where: { incident: { title: { in: titles } } } }),
    });
    const before = await count();
    await seed(db, { demo: true });
    expect(await count()).toEqual(before);
  });
});
