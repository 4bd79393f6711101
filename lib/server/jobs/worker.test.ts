// A job the contract refuses (malformed payload, unknown kind) ends FAILED at once with the
// reason, and the worker goes on running the jobs after it.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { runWorkerUntil } from "./test-worker";

const prefix = `test-worker:${randomUUID()}`;
const due = new Date(Date.now() - 60_000);

async function insert(name: string, kind: string, payload: object) {
  return db.job.create({ data: { kind, key: `${prefix}:${name}`, payload, plannedAt: due, runAt: due } });
}

afterAll(async () => {
  await db.job.deleteMany({ where: { key: { startsWith: prefix } } });
});

describe("the worker and the job contract", () => {
  it("fails a malformed job once, with a message naming the field, and runs the next", async () => {
    const malformed = await insert("malformed", "escalate", {
      incidentId: `missing-${randomUUID()}`,
      round: 0,
      position: 1,
    });
    const unknown = await insert("unknown", "reminder", { reminderId: "r1" });
    const good = await insert("good", "escalate", {
      incidentId: `missing-${randomUUID()}`,
      round: 0,
      position: 1,
      at: due.toISOString(),
    });
    const ids = [malformed.id, unknown.id, good.id];
    const lines = await runWorkerUntil(
      async () =>
        (await db.job.count({ where: { id: { in: ids }, status: { in: ["DONE", "FAILED"] } } })) === ids.length,
    );

    const byId = new Map((await db.job.findMany({ where: { id: { in: ids } } })).map((j) => [j.id, j]));
    expect(byId.get(malformed.id)).toMatchObject({ status: "FAILED", attempts: 1, lockedAt: null });
    expect(byId.get(malformed.id)?.lastError).toMatch(/^Malformed escalate job payload \(at: /);
    expect(byId.get(malformed.id)?.completedAt).not.toBeNull();
    expect(byId.get(unknown.id)).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: 'Unknown job kind "reminder"',
    });
    expect(byId.get(good.id)).toMatchObject({ status: "DONE", lastError: null });
    expect(lines.some((l) => l.msg === "job refused" && l.jobKey === `${prefix}:malformed`)).toBe(true);
  });
});
