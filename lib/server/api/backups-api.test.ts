// GET /api/v1/backups through its real route handler: each policy with its newest verification and
// the RPO state of its data asset; refused without dr:read.
import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as reportRoute } from "@/app/api/v1/backups/route";
import { ownAsset } from "../backups/test-fixtures";
import { none, problem, request, tokenWith } from "./test-fixtures";

const URL = "http://localhost:3000/api/v1/backups";
const MIN = 60_000;

type Policy = { key: string; lastVerification: { ok: boolean; note: string } | null; dataAsset: unknown };

async function policyOf(secret: string, key: string): Promise<Policy> {
  const response = await listRoute(request(URL, secret), none);
  expect(response.status).toBe(200);
  const { items, nextCursor } = (await response.json()) as { items: Policy[]; nextCursor: null };
  expect(nextCursor).toBeNull();
  return items.find((p) => p.key === key)!;
}

describe("GET /api/v1/backups", () => {
  it("answers each policy with its RPO state, which a reported verification brings back within its RPO", async () => {
    const { asset, policy } = await ownAsset(60, 180);
    const { secret } = await tokenWith(["dr:read", "backups:write"]);
    const before = (await policyOf(secret, policy.key)) as Policy & { dataAsset: { rpo: { ageMinutes: number } } };
    expect(Math.round(before.dataAsset.rpo.ageMinutes)).toBe(180);
    expect(before).toMatchObject({
      name: policy.name,
      tier: "primary",
      lastVerification: null,
      dataAsset: { slug: asset.slug, rpoMinutes: 60, rpo: { state: "BREACHED", basis: "BACKUP" } },
    });

    const verifiedAt = new Date(Date.now() - 5 * MIN).toISOString();
    const body = { policy: policy.key, verifiedAt, ok: true, note: "restore test" };
    expect((await reportRoute(request(URL, secret, { body }), none)).status).toBe(201);
    const after = await policyOf(secret, policy.key);
    expect(after).toMatchObject({
      lastVerifiedAt: verifiedAt,
      lastVerification: { verifiedAt, ok: true, note: "restore test", source: expect.stringMatching(/^api:/) },
      dataAsset: { rpo: { state: "MET", ageMinutes: expect.any(Number) } },
    });
  });

  it("refuses a token without dr:read", async () => {
    const { secret } = await tokenWith(["backups:write"]);
    expect((await problem(await listRoute(request(URL, secret), none), 403)).detail).toContain("dr:read");
  });
});
