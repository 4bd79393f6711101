// The risk register through its real route handlers: list with the console's filters, add,
// change part of a risk, mark it reviewed and delete it with a dr:write token, and who is refused.
import { describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/risks/[id]/route";
import { POST as reviewRoute } from "@/app/api/v1/risks/[id]/review/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/risks/route";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/scripts/test/fixtures";
import { invalidFields, none, problem, request, tokenWith, withParams } from "./test-fixtures";

const BASE = "http://localhost:3000/api/v1/risks";

const riskBody = (title: string) => ({
  title,
  probability: "LOW",
  impact: "CRITICAL",
  mitigationPriority: "HIGH",
  mitigation: "Versioning and a second-region copy",
  reviewDueAt: "2099-01-31",
});

type RiskAnswer = { id: string; title: string; overdue: boolean; reviewedAt: string | null };

async function created(secret: string, body: object): Promise<RiskAnswer> {
  const response = await createRoute(request(BASE, secret, { body }), none);
  expect(response.status).toBe(201);
  return response.json();
}

const at = (id: string) => withParams({ id });
const auditActors = async (id: string) =>
  (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((a) => [
    a.action,
    a.actorLabel,
  ]);

describe("GET /api/v1/risks", () => {
  it("filters by heat map cell and overdue review, a page at a time", async () => {
    const { secret } = await tokenWith(["dr:write"]);
    const tag = Math.random().toString(36).slice(2, 8);
    const late = await created(secret, { ...riskBody(`Late ${tag}`), probability: "HIGH", reviewDueAt: "2020-01-01" });
    const onTime = await created(secret, { ...riskBody(`On time ${tag}`), probability: "HIGH" });
    expect(late.overdue).toBe(true);

    const reader = await tokenWith(["dr:read"]);
    const ids = async (query: string) => {
      const response = await listRoute(request(`${BASE}?take=100&${query}`, reader.secret), none);
      expect(response.status).toBe(200);
      return ((await response.json()).items as RiskAnswer[]).map((r) => r.id);
    };
    const cell = await ids("probability=HIGH&impact=CRITICAL");
    expect(cell).toEqual(expect.arrayContaining([late.id, onTime.id]));
    expect(await ids("probability=LOW&impact=CRITICAL")).not.toContain(late.id);
    const overdue = await ids("overdue=true");
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(onTime.id);
    expect(await ids("overdue=false")).toContain(onTime.id);

    const first = await (await listRoute(request(`${BASE}?take=1`, reader.secret), none)).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBe(first.items[0].id);
    expect(
      await invalidFields(await listRoute(request(`${BASE}?probability=HUGE&overdue=maybe`, reader.secret), none)),
    ).toEqual(["overdue", "probability"]);

    const other = await tokenWith(["incidents:read"]);
    await problem(await listRoute(request(BASE, other.secret), none), 403);
  });
});

describe("writes on /api/v1/risks", () => {
  it("adds, changes, reviews and deletes a risk with a dr:write token; each audited as the token", async () => {
    const { secret, token } = await tokenWith(["dr:write"]);
    const owner = await createTestUser("COMMANDER");
    const risk = await created(secret, { ...riskBody("Bucket deleted"), ownerId: owner.id, id: "ignored" });
    expect(risk).toMatchObject({
      title: "Bucket deleted",
      probability: "LOW",
      owner: { id: owner.id, name: owner.name },
      reviewDueAt: "2099-01-31T23:59:59.999Z",
      reviewedAt: null,
      overdue: false,
    });

    const patched = await patchRoute(
      request(`${BASE}/${risk.id}`, secret, { method: "PATCH", body: { probability: "MEDIUM", ownerId: null } }),
      at(risk.id),
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      title: "Bucket deleted",
      probability: "MEDIUM",
      impact: "CRITICAL",
      mitigation: "Versioning and a second-region copy",
      owner: null,
      reviewDueAt: "2099-01-31T23:59:59.999Z",
    });

    const reviewed = await reviewRoute(
      request(`${BASE}/${risk.id}/review`, secret, { body: { nextReviewDueAt: "2099-06-30" } }),
      at(risk.id),
    );
    expect(reviewed.status).toBe(200);
    const afterReview = await reviewed.json();
    expect(afterReview.reviewDueAt).toBe("2099-06-30T23:59:59.999Z");
    expect(afterReview.reviewedAt).not.toBeNull();

    const deleted = await deleteRoute(request(`${BASE}/${risk.id}`, secret, { method: "DELETE" }), at(risk.id));
    expect(deleted.status).toBe(204);
    expect(await db.risk.findUnique({ where: { id: risk.id } })).toBeNull();
    const label = `token ${token.name}`;
    expect(await auditActors(risk.id)).toEqual([
      ["risk.create", label],
      ["risk.update", label],
      ["risk.review", label],
      ["risk.delete", label],
    ]);
    await problem(await deleteRoute(request(`${BASE}/${risk.id}`, secret, { method: "DELETE" }), at(risk.id)), 404);
  });

  it("names bad fields with 422", async () => {
    const { secret } = await tokenWith(["dr:write"]);
    expect(
      await invalidFields(
        await createRoute(request(BASE, secret, { body: { ...riskBody(""), impact: "ENORMOUS" } }), none),
      ),
    ).toEqual(["impact", "title"]);
    expect(
      await invalidFields(
        await createRoute(request(BASE, secret, { body: { ...riskBody("X"), ownerId: "nobody" } }), none),
      ),
    ).toEqual(["ownerId"]);
    const risk = await created(secret, riskBody("Validated"));
    expect(
      await invalidFields(
        await patchRoute(
          request(`${BASE}/${risk.id}`, secret, { method: "PATCH", body: { reviewDueAt: "soon" } }),
          at(risk.id),
        ),
      ),
    ).toEqual(["reviewDueAt"]);
    expect(
      await invalidFields(
        await reviewRoute(
          request(`${BASE}/${risk.id}/review`, secret, { body: { nextReviewDueAt: "2020-01-01" } }),
          at(risk.id),
        ),
      ),
    ).toEqual(["nextReviewDueAt"]);
  });

  it("answers 404 for an unknown risk, and for an id no risk can have", async () => {
    const { secret } = await tokenWith(["dr:write"]);
    await problem(await deleteRoute(request(`${BASE}/%00`, secret, { method: "DELETE" }), at("\u0000")), 404);
    await problem(
      await patchRoute(request(`${BASE}/nope`, secret, { method: "PATCH", body: { title: "X" } }), at("nope")),
      404,
    );
    await problem(
      await reviewRoute(
        request(`${BASE}/nope/review`, secret, { body: { nextReviewDueAt: "2099-01-01" } }),
        at("nope"),
      ),
      404,
    );
  });

  it("refuses a dr:read token and a creator whose role may not manage the plan; changes nothing", async () => {
    const writer = await tokenWith(["dr:write"]);
    const risk = await created(writer.secret, riskBody("Guarded"));
    const reader = await tokenWith(["dr:read"]);
    const responder = await tokenWith(["dr:write"], { role: "RESPONDER" });
    for (const secret of [reader.secret, responder.secret]) {
      await problem(await createRoute(request(BASE, secret, { body: riskBody("Refused") }), none), 403);
      await problem(
        await patchRoute(
          request(`${BASE}/${risk.id}`, secret, { method: "PATCH", body: { title: "Refused" } }),
          at(risk.id),
        ),
        403,
      );
      await problem(
        await reviewRoute(
          request(`${BASE}/${risk.id}/review`, secret, { body: { nextReviewDueAt: "2099-01-01" } }),
          at(risk.id),
        ),
        403,
      );
      await problem(await deleteRoute(request(`${BASE}/${risk.id}`, secret, { method: "DELETE" }), at(risk.id)), 403);
    }
    expect(await db.risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({
      title: "Guarded",
      reviewedAt: null,
    });
    expect(await db.risk.count({ where: { title: "Refused" } })).toBe(0);
  });
});
