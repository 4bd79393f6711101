import { describe, expect, it } from "vitest";
import { assembleTimeline, entryText, statusChangedTo, suggestMark, type TimelineEvent } from "./timeline";

const T0 = new Date("2026-11-02T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let n = 0;
function event(kind: TimelineEvent["kind"], minutes: number, message = "", data: unknown = null): TimelineEvent {
  n += 1;
  return {
    id: `e${String(n).padStart(3, "0")}`,
    kind,
    message,
    data,
    actorLabel: "commander@bridge.local",
    occurredAt: at(minutes),
  };
}

describe("suggestMark", () => {
  it("marks declaration, acknowledgement and the status moves the way the plan reads them", () => {
    expect(suggestMark(event("DECLARED", 0, "Declared SEV1: Docs down"))).toBe("DETECTION");
    expect(suggestMark(event("ACKNOWLEDGED", 4))).toBe("KEY_MOMENT");
    expect(suggestMark(event("STATUS_CHANGED", 30, "x", { from: "INVESTIGATING", to: "IDENTIFIED" }))).toBe(
      "DIAGNOSIS",
    );
    expect(suggestMark(event("STATUS_CHANGED", 70, "x", { from: "IDENTIFIED", to: "MONITORING" }))).toBe("REPAIR");
    expect(suggestMark(event("STATUS_CHANGED", 95, "x", { from: "MONITORING", to: "RESOLVED" }))).toBe("KEY_MOMENT");
    expect(suggestMark(event("STATUS_CHANGED", 96, "x", { from: "RESOLVED", to: "INVESTIGATING" }))).toBe("KEY_MOMENT");
    expect(suggestMark(event("STATUS_CHANGED", 40, "x", { from: "IDENTIFIED", to: "INVESTIGATING" }))).toBeNull();
    expect(suggestMark(event("NOTE", 5, "looking at the registry"))).toBeNull();
    expect(suggestMark(event("PAGED", 0, "Paged Primary"))).toBeNull();
  });

  it("reads the new status from the wording when the event carries no data", () => {
    expect(statusChangedTo({ message: "IDENTIFIED → MONITORING: fix deployed", data: null })).toBe("MONITORING");
    expect(suggestMark(event("STATUS_CHANGED", 30, "INVESTIGATING → IDENTIFIED"))).toBe("DIAGNOSIS");
    expect(statusChangedTo({ message: "something else", data: { to: "NOPE" } })).toBeNull();
  });
});

describe("entryText", () => {
  it("keeps the event's words, names the author of a note and falls back to the kind's name", () => {
    expect(entryText({ kind: "STATUS_CHANGED", message: "A → B", actorLabel: "x" })).toBe("A → B");
    expect(entryText({ kind: "NOTE", message: "rolled back", actorLabel: "responder@bridge.local" })).toBe(
      "Note from responder@bridge.local: rolled back",
    );
    expect(entryText({ kind: "ACKNOWLEDGED", message: "  ", actorLabel: "system" })).toBe("Acknowledged");
  });
});

describe("assembleTimeline", () => {
  it("orders by time, keeps every event as a system entry and hides the noise", () => {
    const events = [
      event("STATUS_CHANGED", 30, "INVESTIGATING → IDENTIFIED", { from: "INVESTIGATING", to: "IDENTIFIED" }),
      event("DECLARED", 0, "Declared SEV1: Docs down"),
      event("NOTIFICATION_SENT", 1, "Notified CTO: 1 message(s)", { obligationId: "o1" }),
      event("NOTIFICATION_SENT", 2, "Notified CTO again: 1 message(s)", { obligationId: "o1" }),
      event("NOTIFICATION_SENT", 3, "Notified Customers: 1 message(s)", { obligationId: "o2" }),
      event("REMINDER", 15, "Notification to All engineering is due; commander reminded", { obligationId: "o3" }),
      event("NOTIFICATION_FAILED", 16, "Delivery failed, will retry", { deliveryId: "d1", dead: false }),
      event("NOTIFICATION_FAILED", 17, "Delivery given up after 24 h", { deliveryId: "d2", dead: true }),
    ];
    const entries = assembleTimeline(events);
    expect(entries.map((e) => [e.eventKind, e.occurredAt.getTime() - T0.getTime(), e.mark, e.hidden])).toEqual([
      ["DECLARED", 0, "DETECTION", false],
      ["NOTIFICATION_SENT", 60_000, null, false],
      ["NOTIFICATION_SENT", 120_000, null, true],
      ["NOTIFICATION_SENT", 180_000, null, false],
      ["REMINDER", 15 * 60_000, null, true],
      ["NOTIFICATION_FAILED", 16 * 60_000, null, true],
      ["NOTIFICATION_FAILED", 17 * 60_000, null, false],
      ["STATUS_CHANGED", 30 * 60_000, "DIAGNOSIS", false],
    ]);
    expect(entries.every((e) => e.source === "SYSTEM")).toBe(true);
    expect(entries[0]).toMatchObject({ eventId: events[1].id, text: "Declared SEV1: Docs down" });
  });

  it("orders events of the same instant by id, so assembling twice gives the same list", () => {
    const a = event("PAGED", 0, "Paged");
    const b = event("DECLARED", 0, "Declared");
    expect(assembleTimeline([b, a]).map((e) => e.eventId)).toEqual([a.id, b.id]);
    expect(assembleTimeline([a, b]).map((e) => e.eventId)).toEqual([a.id, b.id]);
  });
});
