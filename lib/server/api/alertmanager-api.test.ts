// POST /api/v1/alerts/alertmanager through its real route handler, against the database: dedup,
// grouping, resolution, refusals, and that a source is never rate limited.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/alerts/alertmanager/route";
import { db } from "@/lib/server/db";
import { setSourceEnabled } from "@/lib/server/integrations/set-enabled";
import { ctxOf } from "@/scripts/test/fixtures";
import { alert, post, sourceOf, uniqueGroup, webhook } from "./integrations-fixtures";
import { invalidFields, none, problem } from "./test-fixtures";

const PATH = "/api/v1/alerts/alertmanager";
type Receipt = {
  received: number;
  outcomes: { fingerprint: string; outcome: string; incident: { number: number } | null }[];
};

async function send(key: string | null, body: unknown): Promise<Receipt> {
  const response = await POST(post(PATH, body, key), none);
  expect(response.status).toBe(200);
  return (await response.json()) as Receipt;
}

const incidentOf = (number: number) =>
  db.incident.findUniqueOrThrow({
    where: { number },
    include: { events: true, components: { include: { component: true } } },
  });

describe("POST /api/v1/alerts/alertmanager", () => {
  it("declares an incident as the integration, titled by the summary, on the labelled component", async () => {
    const { source, key } = await sourceOf("alertmanager");
    const body = webhook(uniqueGroup(), [
      alert("fp-1", { severity: "critical", summary: "Docs 5xx", labels: { service: "documentation-generation" } }),
    ]);
    const receipt = await send(key, body);
    expect(receipt).toMatchObject({ received: 1, outcomes: [{ fingerprint: "fp-1", outcome: "declared" }] });
    const incident = await incidentOf(receipt.outcomes[0].incident!.number);
    expect(incident).toMatchObject({ title: "Docs 5xx", severity: "SEV1", impact: "5xx above 5%" });
    expect(incident.components.map((c) => c.component.slug)).toEqual(["documentation-generation"]);
    expect(incident.events.find((e) => e.kind === "DECLARED")?.actorLabel).toBe(`integration ${source.name}`);
    const [audit] = await db.auditLog.findMany({ where: { action: "incident.declare", entityId: incident.id } });
    expect(audit).toMatchObject({ actorLabel: `integration ${source.name}`, actorId: null });
    const [logged] = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(logged).toMatchObject({ outcome: "declared", incidentId: incident.id });
    expect(logged.dedupKey).toContain("fp-1");
  });

  it("absorbs the same payload sent again: one incident, the second a duplicate", async () => {
    const { source, key } = await sourceOf("alertmanager");
    const body = webhook(uniqueGroup(), [alert("fp-dup")]);
    const first = await send(key, body);
    const second = await send(key, body);
    expect(second.outcomes[0]).toMatchObject({ outcome: "duplicate", incident: first.outcomes[0].incident });
    expect(await db.integrationAlert.count({ where: { sourceId: source.id } })).toBe(1);
    const outcomes = await db.integrationEvent.findMany({ where: { sourceId: source.id }, orderBy: { id: "asc" } });
    expect(outcomes.map((e) => e.outcome).sort()).toEqual(["declared", "duplicate"]);
  });

  it("declares once when an HA pair posts the same alert at the same moment", async () => {
    const { source, key } = await sourceOf("alertmanager");
    const body = webhook(uniqueGroup(), [alert("fp-race")]);
    const receipts = await Promise.all([1, 2, 3].map(() => send(key, body)));
    const outcomes = receipts.map((r) => r.outcomes[0].outcome).sort();
    expect(outcomes).toEqual(["declared", "duplicate", "duplicate"]);
    const numbers = new Set(receipts.map((r) => r.outcomes[0].incident!.number));
    expect(numbers.size).toBe(1);
    const alerts = await db.integrationAlert.findMany({ where: { sourceId: source.id } });
    expect(alerts).toHaveLength(1);
  });

  it("joins a new alert of the group to its open incident, on the timeline, raising the severity", async () => {
    const { key } = await sourceOf("alertmanager");
    const group = uniqueGroup();
    const first = await send(key, webhook(group, [alert("fp-a")]));
    const number = first.outcomes[0].incident!.number;
    expect((await incidentOf(number)).severity).toBe("SEV3");
    const second = await send(
      key,
      webhook(group, [alert("fp-a"), alert("fp-b", { severity: "critical", summary: "Disk full on db-2" })]),
    );
    expect(second.outcomes.map((o) => o.outcome)).toEqual(["duplicate", "joined"]);
    expect(second.outcomes[1].incident!.number).toBe(number);
    const incident = await incidentOf(number);
    expect(incident.severity).toBe("SEV1");
    const messages = incident.events.map((e) => `${e.kind} ${e.message}`);
    expect(messages).toContain("UPDATED Alert joined: Disk full on db-2");
    expect(messages.some((m) => m.startsWith("SEVERITY_CHANGED SEV3 → SEV1"))).toBe(true);
    expect(await db.incident.count({ where: { title: "Disk full on db-2" } })).toBe(0);
  });

  it("marks resolved alerts; with autoResolve the incident resolves once all of them have", async () => {
    const { key } = await sourceOf("alertmanager", { autoResolve: true });
    const group = uniqueGroup();
    const first = await send(key, webhook(group, [alert("r-1"), alert("r-2")]));
    const number = first.outcomes[0].incident!.number;
    const partly = await send(key, webhook(group, [alert("r-1", { status: "resolved" }), alert("r-2")]));
    expect(partly.outcomes.map((o) => o.outcome)).toEqual(["resolved", "duplicate"]);
    expect((await incidentOf(number)).status).toBe("INVESTIGATING");
    await send(key, webhook(group, [alert("r-2", { status: "resolved" })]));
    const incident = await incidentOf(number);
    expect(incident.status).toBe("RESOLVED");
    expect(incident.events.filter((e) => e.message.startsWith("Alert resolved:"))).toHaveLength(2);
    const again = await send(key, webhook(group, [alert("r-2", { status: "resolved" })]));
    expect(again.outcomes[0].outcome).toBe("duplicate");
  });

  it("without autoResolve leaves the incident open, and ignores a resolved alert it never saw", async () => {
    const { key } = await sourceOf("alertmanager");
    const group = uniqueGroup();
    const first = await send(key, webhook(group, [alert("n-1")]));
    await send(key, webhook(group, [alert("n-1", { status: "resolved" })]));
    expect((await incidentOf(first.outcomes[0].incident!.number)).status).toBe("INVESTIGATING");
    const unknown = await send(key, webhook(uniqueGroup(), [alert("never-seen", { status: "resolved" })]));
    expect(unknown.outcomes[0]).toEqual({ fingerprint: "never-seen", outcome: "ignored", incident: null });
  });

  it("answers 401 to a missing, malformed or rotated-away key", async () => {
    const body = webhook(uniqueGroup(), [alert("fp-x")]);
    for (const key of [null, "garbage", `brs_abcdefgh_${"A".repeat(43)}`]) {
      const response = await POST(post(PATH, body, key), none);
      await problem(response, 401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("refuses a bad payload with 422 naming the field, logged as rejected on the source", async () => {
    const { source, key } = await sourceOf("alertmanager");
    const bad = webhook(uniqueGroup(), [{ ...alert("fp-bad"), status: "pending" } as never]);
    expect(await invalidFields(await POST(post(PATH, bad, key), none))).toEqual(["alerts.0.status"]);
    const [logged] = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(logged).toMatchObject({ outcome: "rejected", incidentId: null });
    expect(logged.detail).toContain("alerts.0.status");
  });

  it("refuses a disabled source with 403 and logs it", async () => {
    const { admin, source, key } = await sourceOf("alertmanager");
    await setSourceEnabled(ctxOf(admin), { id: source.id, enabled: false });
    await problem(await POST(post(PATH, webhook(uniqueGroup(), [alert("off")]), key), none), 403);
    expect(await db.integrationAlert.count({ where: { sourceId: source.id } })).toBe(0);
    const [logged] = await db.integrationEvent.findMany({ where: { sourceId: source.id } });
    expect(logged).toMatchObject({ outcome: "rejected", detail: expect.stringContaining("disabled") });
  });

  it("is never rate limited: no RateLimit headers and no rate window counted", async () => {
    const { key } = await sourceOf("alertmanager");
    const body = webhook(uniqueGroup(), [alert("many")]);
    const windows = await db.apiRateWindow.count();
    const answers = await Promise.all(Array.from({ length: 20 }, () => POST(post(PATH, body, key), none)));
    for (const response of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBeNull();
      expect(response.headers.get("retry-after")).toBeNull();
    }
    expect(await db.apiRateWindow.count()).toBe(windows);
  });
});
