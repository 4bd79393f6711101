// GET /api/v1/slos and /slos/{key}/samples through their real route handlers against a real
// database: what a dashboard reads, refused without slo:read, 404 and 422 naming the field.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as samplesRoute } from "@/app/api/v1/slos/[key]/samples/route";
import { GET as slosRoute } from "@/app/api/v1/slos/route";
import { POST as sliRoute } from "@/app/api/v1/sli/route";
import { db } from "../db";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/slos";
const MIN = 60_000;

/** An SLO of its own with three samples a minute apart, pushed through POST /api/v1/sli. */
async function sloWithSamples() {
  const tag = randomUUID().slice(0, 8);
  const service = await db.service.create({ data: { slug: `svc-${tag}`, name: `Service ${tag}` } });
  const slo = await db.slo.create({
    data: {
      serviceId: service.id,
      slug: `avail-${tag}`,
      kind: "AVAILABILITY",
      name: "Availability",
      targetPercent: 99,
    },
  });
  const start = Math.floor(Date.now() / MIN) * MIN - 10 * MIN;
  const times = [0, 1, 2].map((i) => new Date(start + i * MIN));
  const pusher = await tokenWith(["sli:write"]);
  const samples = times.map((at) => ({ slo: slo.slug, at: at.toISOString(), good: 990, total: 1000 }));
  expect(
    (await sliRoute(request("http://localhost:3000/api/v1/sli", pusher.secret, { body: { samples } }), none)).status,
  ).toBe(200);
  return { slo, times, source: `api:${pusher.name}` };
}

const samplesOf = (slug: string, secret: string, query: string) =>
  samplesRoute(request(`${BASE}/${slug}/samples?${query}`, secret), withParams({ key: slug }));

describe("GET /api/v1/slos", () => {
  it("lists each SLO with its target, window, attainment and error budget left", async () => {
    const { slo } = await sloWithSamples();
    const { secret } = await tokenWith(["slo:read"]);
    const response = await slosRoute(request(BASE, secret), none);
    expect(response.status).toBe(200);
    const { items, nextCursor } = await response.json();
    expect(nextCursor).toBeNull();
    const ours = items.find((s: { slug: string }) => s.slug === slo.slug);
    expect(ours).toMatchObject({
      kind: "AVAILABILITY",
      targetPercent: 99,
      window: { kind: "ROLLING", days: 30 },
      attainmentPercent: 99,
      firingAlerts: [],
    });
    // 1 % bad of a 1 % budget: the whole budget is spent.
    expect(ours.errorBudget.remainingFraction).toBeCloseTo(0, 9);
    expect(ours.errorBudget.totalMinutes).toBeCloseTo(30 * 24 * 60 * 0.01, 6);
    expect(items.map((s: { slug: string }) => s.slug)).toEqual(expect.arrayContaining(["availability", "latency-p95"]));
  });

  it("refuses a token without slo:read", async () => {
    const { secret } = await tokenWith(["sli:write"]);
    expect((await problem(await slosRoute(request(BASE, secret), none), 403)).detail).toContain("slo:read");
  });
});

describe("GET /api/v1/slos/{key}/samples", () => {
  it("answers the samples of a range oldest first, a page at a time", async () => {
    const { slo, times, source } = await sloWithSamples();
    const { secret } = await tokenWith(["slo:read"]);
    const from = new Date(times[0].getTime() - MIN).toISOString();
    const first = await samplesOf(slo.slug, secret, `from=${from}&take=2`);
    expect(first.status).toBe(200);
    const page = await first.json();
    expect(page.items.map((s: { at: string }) => s.at)).toEqual(times.slice(0, 2).map((t) => t.toISOString()));
    expect(page.items[0]).toMatchObject({ good: 990, total: 1000, latencyP95Ms: null, source });
    const rest = await (await samplesOf(slo.slug, secret, `from=${from}&take=2&cursor=${page.nextCursor}`)).json();
    expect(rest).toEqual({ items: [expect.objectContaining({ at: times[2].toISOString() })], nextCursor: null });
    // `to` is exclusive.
    const bounded = await (await samplesOf(slo.slug, secret, `from=${from}&to=${times[1].toISOString()}`)).json();
    expect(bounded.items).toHaveLength(1);
  });

  it("answers 404 for an unknown SLO, 422 naming a bad or too long range, 403 without slo:read", async () => {
    const { slo } = await sloWithSamples();
    const { secret } = await tokenWith(["slo:read"]);
    const now = Date.now();
    await problem(await samplesOf("no-such-slo", secret, `from=${new Date(now - MIN).toISOString()}`), 404);
    expect(await invalidFields(await samplesOf(slo.slug, secret, ""))).toEqual(["from"]);
    expect(await invalidFields(await samplesOf(slo.slug, secret, "from=yesterday"))).toEqual(["from"]);
    const twoDays = new Date(now - 48 * 60 * MIN).toISOString();
    const tooLong = await problem(await samplesOf(slo.slug, secret, `from=${twoDays}`), 422);
    expect(tooLong.errors.to[0]).toMatch(/at most 24 hours/);
    const backwards = `from=${new Date(now).toISOString()}&to=${new Date(now - MIN).toISOString()}`;
    expect(await invalidFields(await samplesOf(slo.slug, secret, backwards))).toEqual(["to"]);
    const reader = await tokenWith(["dr:read"]);
    await problem(await samplesOf(slo.slug, reader.secret, `from=${new Date(now - MIN).toISOString()}`), 403);
  });
});
