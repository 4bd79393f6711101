import { describe, expect, it } from "vitest";
import { changesNothing, decide, type Incoming, type KnownAlert } from "./decide";

const incident = (id: string, over: Partial<KnownAlert["incident"]> = {}) => ({
  id,
  open: true,
  acknowledged: false,
  severity: "SEV2" as const,
  ...over,
});
const known = (dedupKey: string, over: Partial<KnownAlert> = {}): KnownAlert => ({
  dedupKey,
  status: "firing",
  summary: "Disk full",
  incident: incident("i1"),
  ...over,
});
const firing = (dedupKey: string, over: Partial<Incoming> = {}): Incoming => ({
  kind: "alertmanager",
  action: "firing",
  dedupKey,
  severity: "SEV2",
  summary: "Disk full",
  ...over,
});

describe("decide: firing", () => {
  it("declares when the group holds nothing", () => {
    expect(decide(firing("a"), [], false)).toEqual({ outcome: "declared", rearm: false });
  });

  it("absorbs the same alert again as a duplicate, whatever its incident's state", () => {
    expect(decide(firing("a"), [known("a")], false)).toEqual({ outcome: "duplicate", incidentId: "i1" });
    const closed = known("a", { incident: incident("i1", { open: false }) });
    expect(decide(firing("a"), [closed], false)).toEqual({ outcome: "duplicate", incidentId: "i1" });
  });

  it("joins a new alert to the group's open incident, raising the severity only upwards", () => {
    expect(decide(firing("b"), [known("a")], false)).toEqual({ outcome: "joined", incidentId: "i1", raiseTo: null });
    expect(decide(firing("b", { severity: "SEV1" }), [known("a")], false)).toEqual({
      outcome: "joined",
      incidentId: "i1",
      raiseTo: "SEV1",
    });
    expect(decide(firing("b", { severity: "SEV3" }), [known("a")], false)).toMatchObject({ raiseTo: null });
  });

  it("declares anew when the group's incidents are all resolved", () => {
    const closed = known("a", { incident: incident("i1", { open: false }) });
    expect(decide(firing("b"), [closed], false)).toEqual({ outcome: "declared", rearm: false });
  });

  it("Events v2: a known key with a new summary updates; a resolved incident is declared again", () => {
    const event = firing("k", { kind: "events-v2", summary: "Disk 99% full" });
    expect(decide(event, [known("k")], false)).toEqual({ outcome: "updated", incidentId: "i1" });
    expect(decide({ ...event, summary: "Disk full" }, [known("k")], false)).toMatchObject({ outcome: "duplicate" });
    const closed = known("k", { incident: incident("i1", { open: false }) });
    expect(decide(event, [closed], false)).toEqual({ outcome: "declared", rearm: true });
  });
});

describe("decide: resolved", () => {
  const resolved = (dedupKey: string, kind: Incoming["kind"] = "alertmanager") =>
    firing(dedupKey, { action: "resolved", kind });

  it("ignores an alert nobody knows", () => {
    expect(decide(resolved("x"), [known("a")], true)).toMatchObject({ outcome: "ignored", incidentId: null });
  });

  it("resolves the incident only with autoResolve and once every alert of it has resolved", () => {
    expect(decide(resolved("a"), [known("a")], false)).toEqual({
      outcome: "resolved",
      incidentId: "i1",
      resolveIncident: false,
    });
    expect(decide(resolved("a"), [known("a")], true)).toMatchObject({ resolveIncident: true });
    expect(decide(resolved("a"), [known("a"), known("b")], true)).toMatchObject({ resolveIncident: false });
    const other = known("b", { status: "resolved" });
    expect(decide(resolved("a"), [known("a"), other], true)).toMatchObject({ resolveIncident: true });
    // A firing alert of another incident of the same group does not hold this one open.
    const elsewhere = known("c", { incident: incident("i0", { open: false }) });
    expect(decide(resolved("a"), [known("a"), elsewhere], true)).toMatchObject({ resolveIncident: true });
  });

  it("Events v2 resolve always resolves its open incident; a second resolve is a duplicate", () => {
    expect(decide(resolved("k", "events-v2"), [known("k")], false)).toMatchObject({ resolveIncident: true });
    const done = known("k", { status: "resolved" });
    expect(decide(resolved("k", "events-v2"), [done], false)).toEqual({ outcome: "duplicate", incidentId: "i1" });
  });

  it("does not resolve an incident a person already resolved", () => {
    const closed = known("a", { incident: incident("i1", { open: false }) });
    expect(decide(resolved("a"), [closed], true)).toMatchObject({ outcome: "resolved", resolveIncident: false });
  });
});

describe("decide: acknowledge", () => {
  const ack = (dedupKey: string) => firing(dedupKey, { kind: "events-v2", action: "acknowledge" });

  it("acknowledges once, then answers duplicate; unknown or resolved is ignored", () => {
    expect(decide(ack("k"), [known("k")], false)).toEqual({ outcome: "acknowledged", incidentId: "i1" });
    const acked = known("k", { incident: incident("i1", { acknowledged: true }) });
    expect(decide(ack("k"), [acked], false)).toEqual({ outcome: "duplicate", incidentId: "i1" });
    expect(decide(ack("x"), [], false)).toMatchObject({ outcome: "ignored" });
    const closed = known("k", { incident: incident("i1", { open: false }) });
    expect(decide(ack("k"), [closed], false)).toMatchObject({ outcome: "ignored", incidentId: "i1" });
  });
});

describe("changesNothing", () => {
  it("is true only for outcomes that leave incidents untouched", () => {
    expect(["duplicate", "ignored", "rejected"].every((o) => changesNothing(o as never))).toBe(true);
    expect(["declared", "joined", "updated", "acknowledged", "resolved"].some((o) => changesNothing(o as never))).toBe(
      false,
    );
  });
});
