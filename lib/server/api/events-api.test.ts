// POST /api/v1/events (Events API v2) through its real route handler, against the database.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { db } from "@/lib/server/db";
import { post, sourceOf } from "./integrations-fixtures";
import { invalidFields, none, problem } from "./test-fixtures";

const PATH = "/api/v1/events";
type Receipt = { status: string; message: string; dedup_key: string };

async function send(body: Record<string, unknown>, key: string | null = null): Promise<Receipt> {
  const response = await POST(post(PATH, body, key), none);
  expect(response.status).toBe(202);
  return (await response.json()) as Receipt;
}

const trigger = (routing_key: string, dedup_key?: string, summary = "Checkout latency high") => ({
  routing_key,
  event_action: "trigger",
  ...(dedup_key ? { dedup_key } : {}),
  payload: { summary, source: "web-7", severity: "critical", component: "documentation-generation" },
  client: "monitoring",
});

const incidentBy = async (sourceId: string, dedupKey: string) => {
  const row = await db.integrationAlert.findUniqueOrThrow({ where: { sourceId_dedupKey: { sourceId, dedupKey } } });
  return db.incident.findUniqueOrThrow({
    where: { id: row.incidentId },
    include: { events: true, components: { include: { component: true } } },
  });
};

describe("POST /api/v1/events", () => {
  it("declares on a trigger, making and answering a dedup key when none was sent", async () => {
    const { source, key } = await sourceOf("events-v2");
    const receipt = await send(trigger(key));
    expect(receipt).toMatchObject({ status: "success", message: expect.stringContaining("declared") });
    expect(receipt.dedup_key).toMatch(/^[0-9a-f-]{36}$/);
    const incident = await incidentBy(source.id, receipt.dedup_key);
    expect(incident).toMatchObject({ title: "Checkout latency high", severity: "SEV1", impact: "Reported by web-7" });
    expect(incident.components.map((c) => c.component.slug)).toEqual(["documentation-generation"]);
    expect(incident.events[0].actorLabel).toBe(`integration ${source.name}`);
  });

  it("a known open key is a duplicate, or an update noted on the timeline when its summary changed", async () => {
    const { source, key } = await sourceOf("events-v2");
    await send(trigger(key, "checkout"));
    expect((await send(trigger(key, "checkout"))).message).toContain("already known");
    expect((await send(trigger(key, "checkout", "Checkout latency critical"))).message).toContain("updated");
    const incident = await incidentBy(source.id, "checkout");
    expect(incident.events.map((e) => e.message)).toContain("Alert now says: Checkout latency critical");
    expect(await db.integrationAlert.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it("acknowledges the incident's pages, then resolves it", async () => {
    const { source, key } = await sourceOf("events-v2");
    await send(trigger(key, "disk"));
    const ack = await send({ routing_key: key, event_action: "acknowledge", dedup_key: "disk" });
    expect(ack).toMatchObject({
      status: "success",
      dedup_key: "disk",
      message: expect.stringContaining("acknowledged"),
    });
    expect((await incidentBy(source.id, "disk")).acknowledgedAt).not.toBeNull();
    expect((await send({ routing_key: key, event_action: "acknowledge", dedup_key: "disk" })).message).toContain(
      "already known",
    );
    await send({ routing_key: key, event_action: "resolve", dedup_key: "disk" });
    const incident = await incidentBy(source.id, "disk");
    expect(incident.status).toBe("RESOLVED");
    const actions = await db.auditLog.findMany({ where: { entityId: incident.id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["incident.declare", "incident.acknowledge", "incident.alert-resolve", "incident.status"]),
    );
    expect(actions.every((a) => a.actorLabel === `integration ${source.name}`)).toBe(true);
  });

  it("a trigger for a key whose incident was resolved declares a new incident", async () => {
    const { source, key } = await sourceOf("events-v2");
    await send(trigger(key, "flap"));
    const first = await incidentBy(source.id, "flap");
    await send({ routing_key: key, event_action: "resolve", dedup_key: "flap" });
    await send(trigger(key, "flap"));
    const second = await incidentBy(source.id, "flap");
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe("INVESTIGATING");
  });

  it("ignores acknowledge and resolve for a key nobody knows", async () => {
    const { key } = await sourceOf("events-v2");
    const receipt = await send({ routing_key: key, event_action: "resolve", dedup_key: "unknown" });
    expect(receipt.message).toContain("nothing changed");
  });

  it("accepts the key as a Bearer header too", async () => {
    const { key } = await sourceOf("events-v2");
    const { routing_key: _, ...body } = trigger(key, "by-header");
    expect((await send(body, key)).dedup_key).toBe("by-header");
  });

  it("401 for a bad key; 422 naming the field; 403 for an Alertmanager key", async () => {
    await problem(await POST(post(PATH, trigger("brs_nope"), null), none), 401);
    const { source, key } = await sourceOf("events-v2");
    const bad = {
      routing_key: key,
      event_action: "trigger",
      payload: { summary: "x", source: "y", severity: "fatal" },
    };
    expect(await invalidFields(await POST(post(PATH, bad, null), none))).toEqual(["payload.severity"]);
    expect(
      await invalidFields(await POST(post(PATH, { routing_key: key, event_action: "resolve" }, null), none)),
    ).toEqual(["dedup_key"]);
    const logged = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(logged.map((e) => e.outcome)).toEqual(["rejected", "rejected"]);
    const other = await sourceOf("alertmanager");
    await problem(await POST(post(PATH, trigger(other.key), null), none), 403);
  });

  it("keeps at most ~16 KB of a payload in the log", async () => {
    const { source, key } = await sourceOf("events-v2");
    const big = trigger(key, "big");
    await send({ ...big, payload: { ...big.payload, custom_details: { blob: "x".repeat(40_000) } } });
    const [logged] = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(logged.payload).toMatchObject({ truncated: true });
    expect(JSON.stringify(logged.payload).length).toBeLessThan(17_000);
  });
});
