// Recording backup verifications against a real database: by hand (audited, refused to readers)
// and through POST /api/v1/backups with a token (idempotent, problem+json naming the field, scope).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as backupsRoute } from "@/app/api/v1/backups/route";
import { db } from "@/lib/server/db";
import { createToken } from "@/lib/server/tokens/create";
import { createTestUser, ctxOf, rejection } from "@/scripts/test/fixtures";
import { invalidFields, none, problem } from "../api/test-fixtures";
import type { TestUser } from "../incidents/test-fixtures";
import { recordVerification } from "./record-verification";
import { ownAsset } from "./test-fixtures";
import { updateBackupPolicy } from "./update-policy";

const URL = "http://localhost:3000/api/v1/backups";
const MIN = 60_000;
let commander: TestUser;
let responder: TestUser;
let reader: TestUser;

beforeAll(async () => {
  [commander, responder, reader] = await Promise.all([
    createTestUser("COMMANDER"),
    createTestUser("RESPONDER"),
    createTestUser("STAKEHOLDER"),
  ]);
});

const utcMinute = (d: Date) => d.toISOString().slice(0, 16);

describe("a verification recorded by hand", () => {
  it("is stored as manual:<email>, moves lastVerifiedAt, brings the asset back within RPO and is audited", async () => {
    const { asset, policy } = await ownAsset(60, 180);
    const now = new Date();
    await db.dataAsset.update({
      where: { id: asset.id },
      data: { rpoBreachNotifiedAt: new Date(now.getTime() - 60 * MIN) },
    });
    const at = new Date(Math.floor(now.getTime() / MIN) * MIN);
    const row = await recordVerification(ctxOf(responder, now), {
      policy: policy.key,
      verifiedAt: utcMinute(at),
      outcome: "ok",
      note: "Restored into staging",
    });
    expect(row).toMatchObject({ ok: true, source: `manual:${responder.email}`, note: "Restored into staging" });
    expect((await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id } })).lastVerifiedAt).toEqual(at);
    // Re-judged at once: the breach is over, so the next one is announced again.
    expect((await db.dataAsset.findUniqueOrThrow({ where: { id: asset.id } })).rpoBreachNotifiedAt).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: "backup.verification.record", actorId: responder.id });
  });

  it("does not move lastVerifiedAt when it failed, nor backwards for an older good one", async () => {
    const { policy } = await ownAsset(60, 30);
    const before = policy.lastVerifiedAt;
    const now = new Date();
    await recordVerification(ctxOf(responder, now), {
      policy: policy.key,
      verifiedAt: utcMinute(now),
      outcome: "failed",
      note: "",
    });
    await recordVerification(ctxOf(responder, now), {
      policy: policy.key,
      verifiedAt: utcMinute(new Date(now.getTime() - 120 * MIN)),
      outcome: "ok",
      note: "",
    });
    expect((await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id } })).lastVerifiedAt).toEqual(before);
    expect(await db.backupVerification.count({ where: { policyId: policy.id } })).toBe(2);
  });

  it("is refused to a stakeholder, and names the field of a bad time or an unknown policy", async () => {
    const { policy } = await ownAsset(60, null);
    const input = { policy: policy.key, verifiedAt: utcMinute(new Date()), outcome: "ok", note: "" };
    expect((await rejection(() => recordVerification(ctxOf(reader), input))).code).toBe("FORBIDDEN");
    const ahead = await rejection(() =>
      recordVerification(ctxOf(responder), { ...input, verifiedAt: utcMinute(new Date(Date.now() + 60 * MIN)) }),
    );
    expect(ahead.fieldErrors?.verifiedAt?.[0]).toMatch(/in the future/);
    const unknown = await rejection(() => recordVerification(ctxOf(responder), { ...input, policy: "no-such-policy" }));
    expect(Object.keys(unknown.fieldErrors ?? {})).toEqual(["policy"]);
    expect(await db.backupVerification.count({ where: { policyId: policy.id } })).toBe(0);
  });
});

describe("editing a policy", () => {
  it("is for DR managers, audited with before and after, and names a bad field", async () => {
    const { policy } = await ownAsset(60, null);
    const input = {
      key: policy.key,
      name: policy.name,
      tier: "secondary",
      location: "Object storage, eu-west",
      replication: "nightly copy",
      frequency: "daily",
      retention: "90 days",
      encryption: "AES-256",
      compression: "zstd",
      integrityCheck: "restore test",
      scope: "db/\nuploads/",
      dataAsset: "",
    };
    expect((await rejection(() => updateBackupPolicy(ctxOf(responder), input))).code).toBe("FORBIDDEN");
    const bad = await rejection(() => updateBackupPolicy(ctxOf(commander), { ...input, dataAsset: "nowhere" }));
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["dataAsset"]);
    const saved = await updateBackupPolicy(ctxOf(commander), input);
    expect(saved).toMatchObject({
      tier: "secondary",
      scope: ["db/", "uploads/"],
      dataAssetId: null,
      retention: "90 days",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: policy.id, action: "backup.policy.update" },
    });
    expect(audit.before).toMatchObject({ tier: "primary" });
    expect(audit.after).toMatchObject({ tier: "secondary", location: "Object storage, eu-west" });
  });
});

async function tokenWith(scopes: string[]) {
  const admin = await createTestUser("ADMIN");
  const { secret } = await createToken(ctxOf(admin), {
    name: `backup-jobs-${Math.random().toString(36).slice(2, 6)}`,
    scopes,
  });
  return secret;
}

function post(secret: string, body: unknown, headers: Record<string, string> = {}) {
  return backupsRoute(
    new Request(URL, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
    none,
  );
}

describe("POST /api/v1/backups", () => {
  it("records once per idempotency key: a resend is the same answer and no second row, another body is refused", async () => {
    const secret = await tokenWith(["backups:write"]);
    const { policy } = await ownAsset(60, null);
    const body = { policy: policy.key, verifiedAt: new Date().toISOString(), ok: true, note: "nightly" };
    const key = `run-${Math.random().toString(36).slice(2)}`;
    const first = await post(secret, body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    const answer = await first.json();
    expect(answer).toMatchObject({
      policy: policy.key,
      ok: true,
      idempotencyKey: key,
      source: expect.stringMatching(/^api:backup-jobs-/),
    });
    const again = await post(secret, body, { "idempotency-key": key });
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([201, "true"]);
    expect(await again.json()).toEqual(answer);
    // The same key for another verification is refused, naming the key.
    const other = await post(secret, { ...body, note: "another run" }, { "idempotency-key": key });
    expect((await problem(other, 409)).errors).toHaveProperty("Idempotency-Key");
    // Another token resending under the header key: the stored key recognises it, with no second row.
    const otherToken = await post(await tokenWith(["backups:write"]), body, { "idempotency-key": key });
    expect([otherToken.status, otherToken.headers.get("idempotent-replayed")]).toEqual([201, "true"]);
    expect(await otherToken.json()).toEqual(answer);
    const otherTokenOtherBody = await post(
      await tokenWith(["backups:write"]),
      { ...body, ok: false },
      {
        "idempotency-key": key,
      },
    );
    expect((await problem(otherTokenOtherBody, 409)).errors).toHaveProperty("idempotencyKey");
    // The key may come in the body too; its resend is answered the same way.
    const inBody = await post(secret, { ...body, idempotencyKey: `${key}-body` });
    const inBodyAgain = await post(secret, { ...body, idempotencyKey: `${key}-body` });
    expect([inBody.status, inBodyAgain.status]).toEqual([201, 201]);
    expect([inBody.headers.get("idempotent-replayed"), inBodyAgain.headers.get("idempotent-replayed")]).toEqual([
      null,
      "true",
    ]);
    expect(await inBodyAgain.json()).toEqual(await inBody.json());
    expect(await db.backupVerification.count({ where: { policyId: policy.id } })).toBe(2);
    const audits = await db.auditLog.findMany({ where: { entityId: answer.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["backup.verification.report", "backup.verification.replay"]);
  });

  it("answers problem+json naming each bad field: unknown policy, a time too far ahead, wrong types", async () => {
    const secret = await tokenWith(["backups:write"]);
    const { policy } = await ownAsset(60, null);
    expect(await invalidFields(await post(secret, { policy: policy.key, verifiedAt: "yesterday", ok: "yes" }))).toEqual(
      ["ok", "verifiedAt"],
    );
    expect(await invalidFields(await post(secret, { verifiedAt: new Date().toISOString(), ok: true }))).toEqual([
      "policy",
    ]);
    expect(
      await invalidFields(
        await post(secret, { policy: "no-such-policy", verifiedAt: new Date().toISOString(), ok: true }),
      ),
    ).toEqual(["policy"]);
    const ahead = await problem(
      await post(secret, { policy: policy.key, verifiedAt: new Date(Date.now() + 10 * MIN).toISOString(), ok: true }),
      422,
    );
    expect(ahead.errors.verifiedAt[0]).toMatch(/more than 5 minutes in the future/);
    expect(await invalidFields(await post(secret, [1, 2]))).toEqual(["_body"]);
    expect(await db.backupVerification.count({ where: { policyId: policy.id } })).toBe(0);
  });

  it("refuses a token without the backups:write scope", async () => {
    const secret = await tokenWith(["sli:write"]);
    const { policy } = await ownAsset(60, null);
    await problem(await post(secret, { policy: policy.key, verifiedAt: new Date().toISOString(), ok: true }), 403);
    expect(await db.backupVerification.count({ where: { policyId: policy.id } })).toBe(0);
  });
});
