// What the "Post an update" dialog starts from: the template suggested by the incident's state,
// rendered for it, with values the incident lacks flagged; groups with member counts; and the
// public title and component states, settable apart from an update. Commanders only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ctxOf, rejection } from "@/scripts/test/fixtures";
import { declare, later, users, type TestUser } from "../incidents/test-fixtures";
import { composeUpdate, previewUpdate } from "./compose";
import { postUpdate } from "./post-update";
import { setPublicDetails } from "./set-public-details";
import { postInput } from "./test-fixtures";

describe("composing an update", () => {
  const t0 = new Date("2026-07-03T09:00:00Z");
  let commander: TestUser, responder: TestUser;

  beforeAll(async () => {
    [commander, responder] = await users("COMMANDER", "RESPONDER");
  });

  it("suggests a template for the state and renders it, never the internal body as public text", async () => {
    const incident = await declare(commander, { now: t0, impact: "Docs build slowly" });
    const compose = await composeUpdate(ctxOf(commander, later(t0, 1)), incident.id);
    const suggested = compose.templates.find((t) => t.suggested)!;
    expect(suggested.name).toBe("Initial notification");
    expect(compose.preview).toMatchObject({
      templateId: suggested.id,
      templateVersion: 1,
      subject: "INCIDENT ALERT: OpenAPI Documentation Generator Service Disruption",
      message:
        "We are investigating reports of problems with OpenAPI Documentation Generator. Some users may be affected.\n\nWe will post another update by 2026-07-03 10:01 UTC.",
      missing: [],
    });
    expect(compose.preview.body).toContain("Impact: Docs build slowly");
    const engineering = compose.groups.find((g) => g.name === "All engineering")!;
    expect(engineering.members).toBe(2);
    expect(compose.components.map((c) => c.publicState)).toEqual([null]);
    expect(compose.published).toBe(false);
  });

  it("flags the values an open incident does not have yet, leaving them visible", async () => {
    const incident = await declare(commander, { now: t0 });
    const resolution = await db.communicationTemplate.findUniqueOrThrow({ where: { key: "resolution_notification" } });
    const preview = await previewUpdate(ctxOf(commander), { incidentId: incident.id, templateId: resolution.id });
    expect(preview.missing.sort()).toEqual([
      "postmortem_date",
      "resolution_actions",
      "resolution_time",
      "root_cause_summary",
    ]);
    expect(preview.body).toContain("Resolution Time: {resolution_time}");
    // Sending it as rendered is refused until the text is edited.
    const refused = await rejection(() =>
      postUpdate(ctxOf(commander), postInput(incident.id, { body: preview.body, subject: preview.subject })),
    );
    expect(refused.fieldErrors?.body?.[0]).toMatch(/^Fill in .*\{resolution_time\}/);
  });

  it("is for commanders only", async () => {
    const incident = await declare(commander, { now: t0 });
    expect((await rejection(() => composeUpdate(ctxOf(responder), incident.id))).code).toBe("FORBIDDEN");
    expect((await rejection(() => previewUpdate(ctxOf(responder), { incidentId: incident.id }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("sets the public title and component states apart from an update, with an audit row", async () => {
    const incident = await declare(commander, { now: t0 });
    const [component] = await db.incidentComponent.findMany({ where: { incidentId: incident.id } });
    const input = {
      incidentId: incident.id,
      publicTitle: "Slow documentation",
      componentStates: { [component.componentId]: "PARTIAL_OUTAGE" },
    };
    expect((await rejection(() => setPublicDetails(ctxOf(responder), input))).code).toBe("FORBIDDEN");
    await setPublicDetails(ctxOf(commander, later(t0, 2)), input);
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, include: { components: true } });
    expect(after.publicTitle).toBe("Slow documentation");
    expect(after.components[0].publicState).toBe("PARTIAL_OUTAGE");
    // Not public yet: nothing for the status page to write.
    expect(await db.job.count({ where: { key: `status-snapshot:${later(t0, 2).toISOString()}` } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: incident.id, action: "incident.public-details" } })).toBe(1);
  });
});
