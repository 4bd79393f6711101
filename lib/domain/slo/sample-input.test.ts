import { describe, expect, it } from "vitest";
import { replicationLagSchema, reportedAt } from "./replication-lag-input";
import { checkSample, MAX_SAMPLE_AGE_DAYS, refusalsAsFieldErrors, sampleBatchSchema, splitBatch } from "./sample-input";
import { MAX_SAMPLES_PER_BATCH } from "./vocabulary";

const now = new Date("2026-11-30T09:00:00Z");
const good = { slo: "availability", at: "2026-11-30T08:55:00Z", good: 990, total: 1000, latencyP95Ms: 1200 };

describe("checkSample", () => {
  it("accepts a valid sample and turns its time into a Date", () => {
    const r = checkSample(good, 0, now);
    expect(r).toEqual({ ok: true, sample: { ...good, at: new Date("2026-11-30T08:55:00Z"), index: 0 } });
  });

  it("accepts an RFC 3339 time with an offset, and no latency", () => {
    const r = checkSample({ slo: "availability", at: "2026-11-30T10:00:00+02:00", good: 0, total: 0 }, 0, now);
    expect(r.ok && r.sample.at.toISOString()).toBe("2026-11-30T08:00:00.000Z");
  });

  it("refuses good > total, naming samples[i].good", () => {
    expect(checkSample({ ...good, good: 1001 }, 3, now)).toEqual({
      ok: false,
      refused: [{ index: 3, field: "samples[3].good", message: "good (1001) exceeds total (1000)" }],
    });
  });

  it("refuses negative and fractional counts", () => {
    const r = checkSample({ ...good, good: -1, total: 2.5 }, 1, now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refused.map((x) => x.field).sort()).toEqual(["samples[1].good", "samples[1].total"]);
    expect(r.refused.find((x) => x.field === "samples[1].good")!.message).toBe("good cannot be negative");
  });

  it("takes a time exactly 5 minutes ahead, refuses one a millisecond further", () => {
    expect(checkSample({ ...good, at: "2026-11-30T09:05:00.000Z" }, 0, now).ok).toBe(true);
    const r = checkSample({ ...good, at: "2026-11-30T09:05:00.001Z" }, 0, now);
    expect(r).toMatchObject({ ok: false, refused: [{ field: "samples[0].at" }] });
  });

  it("refuses a sample older than the longest chart range (90 days)", () => {
    expect(MAX_SAMPLE_AGE_DAYS).toBe(90);
    expect(checkSample({ ...good, at: "2026-09-01T09:00:00Z" }, 0, now).ok).toBe(true);
    const r = checkSample({ ...good, at: "2026-08-31T08:59:59Z" }, 0, now);
    expect(r).toMatchObject({
      ok: false,
      refused: [{ field: "samples[0].at", message: expect.stringContaining("90 days old") }],
    });
  });

  it("refuses a time that is not RFC 3339, a missing slug, a negative latency", () => {
    const r = checkSample({ slo: "", at: "yesterday", good: 1, total: 1, latencyP95Ms: -5 }, 2, now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refused.map((x) => x.field).sort()).toEqual([
      "samples[2].at",
      "samples[2].latencyP95Ms",
      "samples[2].slo",
    ]);
  });

  it("refuses an item that is not an object, naming the item", () => {
    expect(checkSample(42, 5, now)).toMatchObject({ ok: false, refused: [{ index: 5, field: "samples[5]" }] });
  });
});

describe("splitBatch", () => {
  it("keeps the good items of a partly bad batch and names the bad ones in order", () => {
    const { accepted, refused } = splitBatch(
      [good, { ...good, good: 2000 }, { ...good, at: "2026-11-30T08:56:00Z" }, { ...good, total: -1, good: 0 }],
      now,
    );
    expect(accepted.map((a) => a.index)).toEqual([0, 2]);
    expect(refused.map((r) => [r.index, r.field])).toEqual([
      [1, "samples[1].good"],
      [3, "samples[3].total"],
    ]);
    expect(refusalsAsFieldErrors(refused)).toEqual({
      "samples[1].good": ["good (2000) exceeds total (1000)"],
      "samples[3].total": ["total cannot be negative"],
    });
  });
});

describe("sampleBatchSchema", () => {
  it("wants 1…MAX_SAMPLES_PER_BATCH items", () => {
    expect(sampleBatchSchema.safeParse({ samples: [] }).success).toBe(false);
    expect(sampleBatchSchema.safeParse({ samples: Array(MAX_SAMPLES_PER_BATCH).fill(good) }).success).toBe(true);
    expect(sampleBatchSchema.safeParse({ samples: Array(MAX_SAMPLES_PER_BATCH + 1).fill(good) }).success).toBe(false);
    expect(sampleBatchSchema.safeParse({ sample: [good] }).success).toBe(false);
    expect(sampleBatchSchema.safeParse([good]).success).toBe(false);
  });
});

describe("replication lag input", () => {
  it("accepts a lag without a time (now) and refuses a negative one", () => {
    const parsed = replicationLagSchema.parse({ asset: "code-repository", lagSeconds: 2.5 });
    expect(reportedAt(parsed, now)).toEqual({ at: now });
    expect(replicationLagSchema.safeParse({ asset: "code-repository", lagSeconds: -1 }).success).toBe(false);
  });

  it("refuses a report time more than 5 minutes ahead", () => {
    const parsed = replicationLagSchema.parse({ asset: "a", lagSeconds: 1, at: "2026-11-30T09:06:00Z" });
    expect(reportedAt(parsed, now)).toHaveProperty("error");
  });
});
