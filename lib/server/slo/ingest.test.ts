// POST /api/v1/sli and POST /api/v1/replication-lag through their real route handlers, against
// real Postgres: tokens and scopes, per-item refusals, idempotency, and rollups equal to the samples.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as lagRoute } from "@/app/api/v1/replication-lag/route";
import { POST as sliRoute } from "@/app/api/v1/sli/route";
import { CONTROL_MESSAGE } from "@/lib/domain/text";
import { invalidFields, none, problem } from "@/lib/server/api/test-fixtures";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/server/tokens/create";
import { recordSamples } from "./record-samples";
import { createTestUser, ctxOf } from "@/scripts/test/fixtures";

const SLI = "http://localhost:3000/api/v1/sli";
const LAG = "http://localhost:3000/api/v1/replication-lag";
const MIN = 60_000;

async function tokenWith(scopes: string[]) {
  const admin = await createTestUser("ADMIN");
  const name = `monitor-${randomUUID().slice(0, 8)}`;
  const { secret } = await createToken(ctxOf(admin), { name, scopes });
  return { name, secret };
}

const post = (url: string, secret: string, body: unknown) =>
  new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** An SLO of its own per test, so counts and rollups are this test's alone. */
async function ownSlo() {
  const tag = randomUUID().slice(0, 8);
  const service = await db.service.create({ data: { slug: `svc-${tag}`, name: `Service ${tag}` } });
  return db.slo.create({
    data: {
      serviceId: service.id,
      slug: `avail-${tag}`,
      kind: "AVAILABILITY",
      name: "Availability",
      targetPercent: 99.9,
    },
  });
}

/** A whole minute some minutes ago, so samples of one test fall into known minute and hour buckets. */
const minutesAgo = (n: number) => new Date(Math.floor(Date.now() / MIN) * MIN - n * MIN);

type Result = { accepted: number; duplicates: number; refused: { index: number; field: string; message: string }[] };

async function send(secret: string, body: unknown): Promise<Result> {
  const response = await sliRoute(post(SLI, secret, body), none);
  expect(response.status).toBe(200);
  return (await response.json()) as Result;
}

async function rollupSums(sloId: string) {
  const [minute] = await db.$queryRaw<{ good: bigint; total: bigint; samples: bigint }[]>`
    SELECT sum(good) AS good, sum(total) AS total, sum(samples) AS samples FROM "SliMinute" WHERE "sloId" = ${sloId}`;
  const [hour] = await db.$queryRaw<{ good: bigint; total: bigint; samples: bigint }[]>`
    SELECT sum(good) AS good, sum(total) AS total, sum(samples) AS samples FROM "SliHour" WHERE "sloId" = ${sloId}`;
  const [raw] = await db.$queryRaw<{ good: bigint; total: bigint; samples: bigint }[]>`
    SELECT sum(good) AS good, sum(total) AS total, count(*) AS samples FROM "SliSample" WHERE "sloId" = ${sloId}`;
  const n = (r: { good: bigint; total: bigint; samples: bigint }) => ({
    good: Number(r.good),
    total: Number(r.total),
    samples: Number(r.samples),
  });
  return { minute: n(minute), hour: n(hour), raw: n(raw) };
}

describe("POST /api/v1/sli", () => {
  it("stores a batch once: the same batch again is all duplicates and leaves the rollups unchanged", async () => {
    const slo = await ownSlo();
    const { name, secret } = await tokenWith(["sli:write"]);
    const samples = [0, 1, 2].map((i) => ({
      slo: slo.slug,
      at: minutesAgo(10 - i).toISOString(),
      good: 990 + i,
      total: 1000,
      latencyP95Ms: 1500,
    }));

    expect(await send(secret, { samples })).toEqual({ accepted: 3, duplicates: 0, refused: [] });
    const first = await rollupSums(slo.id);
    expect(first.raw).toEqual({ good: 2973, total: 3000, samples: 3 });

    expect(await send(secret, { samples })).toEqual({ accepted: 0, duplicates: 3, refused: [] });
    expect(await rollupSums(slo.id)).toEqual(first);

    const stored = await db.sliSample.findMany({ where: { sloId: slo.id } });
    expect(new Set(stored.map((s) => s.source))).toEqual(new Set([`api:${name}`]));
    expect((await db.slo.findUniqueOrThrow({ where: { id: slo.id } })).lastSampleAt).toEqual(minutesAgo(8));
    const audits = await db.auditLog.findMany({ where: { action: "sli.ingest", actorLabel: `token ${name}` } });
    expect(audits.map((a) => a.after)).toEqual([
      expect.objectContaining({ received: 3, accepted: 3, duplicates: 0, refused: 0, slos: [slo.slug] }),
      expect.objectContaining({ received: 3, accepted: 0, duplicates: 3, refused: 0 }),
    ]);
    // Live pages hear of it and the SLO's rules are evaluated soon.
    expect(
      await db.job.count({ where: { kind: "slo-evaluate", key: { startsWith: `slo-evaluate:${slo.id}:` } } }),
    ).toBe(1);
  });

  it("keeps the good items of a partly bad batch and names each refused field", async () => {
    const slo = await ownSlo();
    const { secret } = await tokenWith(["sli:write"]);
    const at = (n: number) => minutesAgo(n).toISOString();
    const result = await send(secret, {
      samples: [
        { slo: slo.slug, at: at(5), good: 10, total: 10 },
        { slo: slo.slug, at: at(4), good: 11, total: 10 },
        { slo: "no-such-slo", at: at(4), good: 1, total: 1 },
        { slo: slo.slug, at: new Date(Date.now() + 60 * MIN).toISOString(), good: 1, total: 1 },
        { slo: slo.slug, at: at(3), good: -1, total: -2 },
        { slo: slo.slug, at: at(2), good: 7, total: 8, latencyP95Ms: 900 },
      ],
    });
    expect(result.accepted).toBe(2);
    expect(result.duplicates).toBe(0);
    expect(result.refused.map((r) => r.field)).toEqual([
      "samples[1].good",
      "samples[2].slo",
      "samples[3].at",
      "samples[4].good",
      "samples[4].total",
    ]);
    expect(result.refused[1].message).toBe('No SLO has the slug "no-such-slo"');
    expect(result.refused[2].message).toMatch(/more than 5 minutes in the future/);
    const stored = await db.sliSample.findMany({ where: { sloId: slo.id }, orderBy: { at: "asc" } });
    expect(stored.map((s) => [s.good, s.total, s.latencyP95Ms])).toEqual([
      [10, 10, null],
      [7, 8, 900],
    ]);
  });

  it("answers 422 naming the fields when every item is refused, and stores nothing", async () => {
    const slo = await ownSlo();
    const { secret } = await tokenWith(["sli:write"]);
    const response = await sliRoute(
      post(SLI, secret, {
        samples: [
          { slo: "unknown-slo", at: minutesAgo(1).toISOString(), good: 1, total: 1 },
          { slo: slo.slug, at: minutesAgo(1).toISOString(), good: 5, total: 4 },
          { slo: slo.slug, at: "2099-01-01T00:00:00Z", good: 1, total: 1 },
        ],
      }),
      none,
    );
    const body = await problem(response, 422);
    expect(Object.keys(body.errors)).toEqual(["samples[0].slo", "samples[1].good", "samples[2].at"]);
    expect(body.errors["samples[1].good"]).toEqual(["good (5) exceeds total (4)"]);
    expect(await db.sliSample.count({ where: { sloId: slo.id } })).toBe(0);
  });

  it("answers 422 for a body of the wrong shape: no samples array, an empty one, too many, not JSON", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    expect(await invalidFields(await sliRoute(post(SLI, secret, { sample: [] }), none))).toEqual(["samples"]);
    expect(await invalidFields(await sliRoute(post(SLI, secret, { samples: [] }), none))).toEqual(["samples"]);
    const many = Array.from({ length: 1001 }, () => ({
      slo: "availability",
      at: new Date().toISOString(),
      good: 1,
      total: 1,
    }));
    expect(await invalidFields(await sliRoute(post(SLI, secret, { samples: many }), none))).toEqual(["samples"]);
    const notJson = new Request(SLI, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: "{samples:",
    });
    expect(await invalidFields(await sliRoute(notJson, none))).toEqual(["_body"]);
  });

  it("answers bad values with a 4xx naming the field, never a 500", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    const at = minutesAgo(1).toISOString();
    const body = await problem(
      await sliRoute(
        post(SLI, secret, {
          samples: [
            { slo: "avail\u0000ability", at, good: 1, total: 1 },
            { slo: "availability", at: 1764493200, good: 1, total: 1 },
            { slo: "availability", at, good: 1, total: 1e12 },
            { slo: "availability", at, good: "1", total: 1 },
            { slo: "availability", at, good: 1, total: 1, latencyP95Ms: "fast" },
            null,
          ],
        }),
        none,
      ),
      422,
    );
    expect(Object.keys(body.errors)).toEqual([
      "samples[0].slo",
      "samples[1].at",
      "samples[2].total",
      "samples[3].good",
      "samples[4].latencyP95Ms",
      "samples[5]",
    ]);
    expect(body.errors["samples[0].slo"]).toEqual([CONTROL_MESSAGE]);
    const huge = new Request(SLI, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ samples: [{ slo: "x".repeat(2 * 1024 * 1024), at, good: 1, total: 1 }] }),
    });
    await problem(await sliRoute(huge, none), 413);
  });

  it("refuses a token without sli:write (403), storing nothing", async () => {
    const slo = await ownSlo();
    const { secret } = await tokenWith(["incidents:write"]);
    const body = { samples: [{ slo: slo.slug, at: minutesAgo(1).toISOString(), good: 1, total: 1 }] };
    const refused = await problem(await sliRoute(post(SLI, secret, body), none), 403);
    expect(refused.detail).toMatch(/sli:write/);
    expect(await db.sliSample.count({ where: { sloId: slo.id } })).toBe(0);
  });

  it("keeps per-minute and per-hour sums equal to the raw samples' sums, p95 weighted by traffic", async () => {
    const slo = await ownSlo();
    const { secret } = await tokenWith(["sli:write"]);
    // 150 samples every 20 s over 50 minutes (3 per minute, crossing at least one hour), in three batches.
    const start = minutesAgo(60).getTime();
    const all = Array.from({ length: 150 }, (_, i) => ({
      slo: slo.slug,
      at: new Date(start + i * 20_000).toISOString(),
      good: 100 + (i % 7),
      total: 110 + (i % 5),
      latencyP95Ms: 1000 + (i % 3) * 100,
    }));
    for (let i = 0; i < all.length; i += 50) await send(secret, { samples: all.slice(i, i + 50) });
    const sums = await rollupSums(slo.id);
    const good = all.reduce((s, x) => s + x.good, 0);
    const total = all.reduce((s, x) => s + x.total, 0);
    expect(sums.raw).toEqual({ good, total, samples: 150 });
    expect(sums.minute).toEqual(sums.raw);
    expect(sums.hour).toEqual(sums.raw);
    const minutes = await db.sliMinute.findMany({ where: { sloId: slo.id }, orderBy: { minute: "asc" } });
    expect(minutes).toHaveLength(50);
    // First minute: samples 0, 1, 2 → p95 1000, 1100, 1200 with totals 110, 111, 112.
    expect(minutes[0]).toMatchObject({ samples: 3, p95Max: 1200, p95Weight: BigInt(333) });
    expect(minutes[0].p95Sum).toBe(1000 * 110 + 1100 * 111 + 1200 * 112);
  });
});

describe("POST /api/v1/replication-lag", () => {
  it("stores the lag of a data asset, audited, and keeps the newest report", async () => {
    const { name, secret } = await tokenWith(["sli:write"]);
    const tag = randomUUID().slice(0, 8);
    const service = await db.service.create({ data: { slug: `repl-${tag}`, name: "Replicated" } });
    const asset = await db.dataAsset.create({
      data: { serviceId: service.id, slug: `repo-${tag}`, name: "Repo", rpoMinutes: 0 },
    });
    const at = minutesAgo(2);

    const response = await lagRoute(
      post(LAG, secret, { asset: asset.slug, lagSeconds: 3.5, at: at.toISOString() }),
      none,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      asset: asset.slug,
      lagSeconds: 3.5,
      reportedAt: at.toISOString(),
      stored: true,
    });
    expect(await db.dataAsset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({
      replicationLagSeconds: 3.5,
      replicationReportedAt: at,
    });
    const [audit] = await db.auditLog.findMany({ where: { action: "replication-lag.report", entityId: asset.id } });
    expect(audit).toMatchObject({ actorLabel: `token ${name}`, entityType: "DataAsset" });

    // A report measured earlier, arriving late, does not replace the newer one.
    const late = await lagRoute(
      post(LAG, secret, { asset: asset.slug, lagSeconds: 99, at: minutesAgo(30).toISOString() }),
      none,
    );
    expect(await late.json()).toMatchObject({ lagSeconds: 3.5, stored: false });
    // Without a time it stands for now.
    const current = await lagRoute(post(LAG, secret, { asset: asset.slug, lagSeconds: 0 }), none);
    expect(await current.json()).toMatchObject({ lagSeconds: 0, stored: true });
  });

  it("refuses an unknown asset, a negative lag, a far-future time (422) and a token without sli:write (403)", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    expect(await invalidFields(await lagRoute(post(LAG, secret, { asset: "nope", lagSeconds: 1 }), none))).toEqual([
      "asset",
    ]);
    expect(
      await invalidFields(await lagRoute(post(LAG, secret, { asset: "code-repository", lagSeconds: -1 }), none)),
    ).toEqual(["lagSeconds"]);
    expect(
      await invalidFields(
        await lagRoute(
          post(LAG, secret, { asset: "code-repository", lagSeconds: 1, at: "2099-01-01T00:00:00Z" }),
          none,
        ),
      ),
    ).toEqual(["at"]);
    const reader = await tokenWith(["incidents:read"]);
    await problem(await lagRoute(post(LAG, reader.secret, { asset: "code-repository", lagSeconds: 1 }), none), 403);
  });
});

describe("recordSamples under concurrency", () => {
  it("counts each sample once when overlapping batches arrive at the same time, in opposite orders", async () => {
    const slo = await ownSlo();
    const base = minutesAgo(180).getTime();
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      sloId: slo.id,
      at: new Date(base + i * 1000),
      good: 9,
      total: 10,
      latencyP95Ms: null,
      source: "test",
    }));
    const forward = rows.slice(0, 3000);
    const backward = rows.slice(1000).reverse();
    // Both transactions hold a connection before either writes, so their statements overlap.
    const both = async () => {
      let arrived = 0;
      let release!: () => void;
      const barrier = new Promise<void>((resolve) => (release = resolve));
      const run = (batch: typeof rows) =>
        db.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          if (++arrived === 2) release();
          await barrier;
          return recordSamples(tx, batch, new Date());
        });
      return Promise.all([run(forward), run(backward)]);
    };
    for (let round = 0; round < 3; round++) {
      const results = await both();
      if (round === 0) expect(results[0].inserted + results[1].inserted).toBe(4000);
      else expect(results.map((r) => r.duplicates)).toEqual([3000, 3000]);
    }
    const sums = await rollupSums(slo.id);
    expect(sums.raw).toEqual({ good: 36_000, total: 40_000, samples: 4000 });
    expect(sums.minute).toEqual(sums.raw);
    expect(sums.hour).toEqual(sums.raw);
  });
});
