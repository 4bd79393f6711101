import { describe, expect, it } from "vitest";
import {
  deliverKeyPrefix,
  escalateJob,
  escalationKeyPrefix,
  healthCheckJob,
  incidentJobKeyPrefixes,
  JOB_KINDS,
  jobOf,
  kindsOfLane,
  recurringKinds,
  nextRpoWatchAt,
  nextSloRoundAt,
  rpoWatchJob,
  nextSweepAt,
  obligationKeyPrefix,
  parseJob,
  sloEvaluateJob,
  sweepJob,
  type JobKind,
} from "./jobs";

const T0 = new Date("2026-11-28T10:00:00.000Z");
const T1 = new Date("2026-11-28T10:15:00.000Z");

// One well-formed job of each kind; the record type makes a new kind without a sample fail to compile.
const samples: { [K in JobKind]: () => ReturnType<typeof jobOf<K>> } = {
  escalate: () => escalateJob("inc1", { round: 1, position: 2, at: T1 }),
  obligation: () => jobOf("obligation", { obligationId: "ob1" }, T1),
  deliver: () => jobOf("deliver", { deliveryId: "d1" }, T1, 3),
  sweep: () => sweepJob(T1),
  "status-snapshot": () => jobOf("status-snapshot", { at: T1.toISOString() }, T1),
  "notify-subscribers": () => jobOf("notify-subscribers", { statusUpdateId: "su1" }, T1),
  "update-reminder": () => jobOf("update-reminder", { incidentId: "inc1", due: T1.toISOString() }, T1),
  "action-item-due": () => jobOf("action-item-due", { actionItemId: "ai1", due: T1.toISOString() }, T1),
  "health-check": () => jobOf("health-check", { checkId: "hc1", at: T1.toISOString() }, T1),
  "slo-evaluate": () => jobOf("slo-evaluate", { sloId: "slo1", at: T1.toISOString() }, T1),
  "rpo-watch": () => jobOf("rpo-watch", { at: T1.toISOString() }, T1),
  "demo-feed": () => jobOf("demo-feed", { at: T1.toISOString() }, T1),
};

describe("job keys", () => {
  it("follow each kind's rule and start with the prefixes finders use", () => {
    expect(samples.escalate().key).toBe("page:inc1:1:2");
    expect(samples.obligation().key).toBe("obligation:ob1:2026-11-28T10:15:00.000Z");
    expect(samples.deliver().key).toBe("deliver:d1:3");
    expect(samples.sweep().key).toBe("sweep:2026-11-28T10:15:00.000Z");
    expect(samples["status-snapshot"]().key).toBe("status-snapshot:2026-11-28T10:15:00.000Z");
    expect(samples["notify-subscribers"]().key).toBe("subscribers:update:su1");
    expect(jobOf("notify-subscribers", { maintenanceUpdateId: "mu1" }, T1).key).toBe("subscribers:maintenance:mu1");
    expect(samples["update-reminder"]().key).toBe("update-reminder:inc1:2026-11-28T10:15:00.000Z");
    expect(samples["action-item-due"]().key).toBe("action-item-due:ai1:2026-11-28T10:15:00.000Z");
    expect(samples["health-check"]().key).toBe("health-check:hc1:2026-11-28T10:15:00.000Z");
    expect(samples["slo-evaluate"]().key).toBe("slo-evaluate:slo1:2026-11-28T10:15:00.000Z");
    expect(jobOf("slo-evaluate", { sloId: null, at: T1.toISOString() }, T1).key).toBe(
      "slo-evaluate:all:2026-11-28T10:15:00.000Z",
    );
    expect(samples.escalate().key.startsWith(escalationKeyPrefix("inc1"))).toBe(true);
    expect(samples.obligation().key.startsWith(obligationKeyPrefix("ob1"))).toBe(true);
    expect(samples.deliver().key.startsWith(deliverKeyPrefix("d1"))).toBe(true);
    expect(incidentJobKeyPrefixes("inc1", ["ob1"], ["d1"])).toEqual(["page:inc1:", "obligation:ob1:", "deliver:d1:"]);
  });

  it("differ between occurrences of a kind and between kinds", () => {
    const keys = [
      escalateJob("inc1", { round: 0, position: 1, at: T0 }).key,
      escalateJob("inc1", { round: 0, position: 2, at: T1 }).key,
      escalateJob("inc1", { round: 1, position: 1, at: T1 }).key,
      escalateJob("inc2", { round: 0, position: 1, at: T0 }).key,
      jobOf("obligation", { obligationId: "ob1" }, T0).key,
      jobOf("obligation", { obligationId: "ob1" }, T1).key,
      jobOf("deliver", { deliveryId: "d1" }, T0, 0).key,
      jobOf("deliver", { deliveryId: "d1" }, T0, 1).key,
      jobOf("deliver", { deliveryId: "d1" }, T0, "retry:1:ab").key,
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("of one deadline scheduled twice are equal, so the second is skipped", () => {
    expect(escalateJob("inc1", { round: 0, position: 1, at: T0 })).toEqual(
      escalateJob("inc1", { round: 0, position: 1, at: T0 }),
    );
  });
});

describe("payloads", () => {
  it("round trip through JSON to what the handler receives", () => {
    for (const make of Object.values(samples)) {
      const job = make();
      const parsed = parseJob(job.kind, JSON.parse(JSON.stringify(job.payload)));
      expect(parsed.kind).toBe(job.kind);
      // Times travel as ISO strings and reach the handler as Dates.
      const revived = Object.fromEntries(
        Object.entries(job.payload).map(([k, v]) => [k, k === "at" || k === "due" ? new Date(v as string) : v]),
      );
      expect(parsed.payload).toEqual(revived);
    }
  });

  it("are refused with the kind and the field named when malformed", () => {
    expect(() => parseJob("escalate", { incidentId: "inc1", round: 0, position: 1 })).toThrow(
      /Malformed escalate job payload \(at: /,
    );
    expect(() => parseJob("escalate", { incidentId: "inc1", round: "0", position: 1, at: T0.toISOString() })).toThrow(
      /round: /,
    );
    expect(() => parseJob("escalate", { incidentId: "inc1", round: 0, position: 1, at: "yesterday" })).toThrow(/at: /);
    expect(() => parseJob("deliver", null)).toThrow(/Malformed deliver job payload \(payload: /);
    expect(() => parseJob("obligation", { obligationId: "" })).toThrow(/obligationId: /);
  });

  it("of an unknown kind are refused", () => {
    expect(() => parseJob("page", {})).toThrow('Unknown job kind "page"');
    expect(() => parseJob("toString", {})).toThrow(/Unknown job kind/);
  });
});

describe("lanes", () => {
  it("put every kind in exactly one lane, deliveries apart from timers", () => {
    expect(kindsOfLane("deliveries")).toEqual(["deliver"]);
    expect(kindsOfLane("timers")).toEqual([
      "escalate",
      "obligation",
      "sweep",
      "status-snapshot",
      "notify-subscribers",
      "update-reminder",
      "action-item-due",
      "health-check",
      "slo-evaluate",
      "rpo-watch",
      "demo-feed",
    ]);
    expect([...kindsOfLane("timers"), ...kindsOfLane("deliveries")].sort()).toEqual(Object.keys(JOB_KINDS).sort());
  });

  it("name the housekeeping that reschedules itself, which a settled queue may still hold", () => {
    expect(recurringKinds().sort()).toEqual(["demo-feed", "health-check", "rpo-watch", "slo-evaluate", "sweep"]);
  });
});

describe("the retention sweep", () => {
  it("is due at the next full hour, one job however many workers schedule it", () => {
    expect(nextSweepAt(new Date("2026-11-28T10:15:00.000Z")).toISOString()).toBe("2026-11-28T11:00:00.000Z");
    expect(nextSweepAt(new Date("2026-11-28T11:00:00.000Z")).toISOString()).toBe("2026-11-28T12:00:00.000Z");
    expect(sweepJob(nextSweepAt(T0)).key).toBe(sweepJob(nextSweepAt(T1)).key);
    expect(sweepJob(T0)).toMatchObject({ kind: "sweep", runAt: T0, payload: { at: T0.toISOString() } });
  });
});

describe("SLO rounds and health-check runs", () => {
  it("the every-SLO round is due at the next whole minute, one job however often it is scheduled", () => {
    expect(nextSloRoundAt(new Date("2026-11-28T10:15:20.500Z")).toISOString()).toBe("2026-11-28T10:16:00.000Z");
    expect(nextSloRoundAt(new Date("2026-11-28T10:16:00.000Z")).toISOString()).toBe("2026-11-28T10:17:00.000Z");
    const a = sloEvaluateJob(null, nextSloRoundAt(new Date("2026-11-28T10:15:01Z")));
    const b = sloEvaluateJob(null, nextSloRoundAt(new Date("2026-11-28T10:15:59Z")));
    expect(a.key).toBe("slo-evaluate:all:2026-11-28T10:16:00.000Z");
    expect(b.key).toBe(a.key);
    expect(healthCheckJob("hc1", T1)).toMatchObject({
      kind: "health-check",
      key: "health-check:hc1:2026-11-28T10:15:00.000Z",
      runAt: T1,
      payload: { checkId: "hc1", at: T1.toISOString() },
    });
  });
});

describe("the RPO watch", () => {
  it("is due at the next five-minute boundary, one job for every worker that schedules it", () => {
    expect(nextRpoWatchAt(new Date("2026-11-28T10:12:20Z")).toISOString()).toBe("2026-11-28T10:15:00.000Z");
    expect(nextRpoWatchAt(new Date("2026-11-28T10:15:00Z")).toISOString()).toBe("2026-11-28T10:20:00.000Z");
    const at = nextRpoWatchAt(new Date("2026-11-28T10:11:00Z"));
    expect(rpoWatchJob(at)).toMatchObject({ kind: "rpo-watch", key: "rpo-watch:2026-11-28T10:15:00.000Z", runAt: at });
  });
});
