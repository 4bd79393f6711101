import "server-only";
import { createHash } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

/** How long a key's first answer is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
// A first request still "running" after this long died with its process; a retry may take over.
const ABANDONED_MS = 2 * 60_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

export type Answer = { status: number; body: unknown; headers: Record<string, string> };

const field = "Idempotency-Key";

export function requestHash(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");
}

export function checkKey(key: string): void {
  if (!KEY.test(key))
    throw new DomainError("VALIDATION", "The Idempotency-Key header must be 1–255 visible ASCII characters.", {
      [field]: ["1–255 visible ASCII characters"],
    });
}

async function claim(caller: string, key: string, hash: string, now: Date): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "ApiIdempotency" (id, caller, key, "requestHash", "createdAt")
    VALUES (${`idem_${createHash("sha256").update(`${caller}\n${key}`).digest("hex").slice(0, 24)}`}, ${caller}, ${key}, ${hash}, ${now})
    ON CONFLICT (caller, key) DO NOTHING`;
  return inserted === 1;
}

/**
 * Runs a POST once per (caller, key): a retry with the same key and the same request gets the
 * first answer again (`replayed`), the same key with a different request is 409, and a retry
 * while the first is still running is 409 too. Only successful answers are kept; after an error
 * the key is free again, so a corrected retry may reuse it.
 */
export async function once(
  caller: string,
  key: string,
  hash: string,
  now: Date,
  run: () => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  checkKey(key);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await claim(caller, key, hash, now)) return { ...(await runClaimed(caller, key, run)), replayed: false };
    const row = await db.apiIdempotency.findUnique({ where: { caller_key: { caller, key } } });
    if (!row) continue; // expired and deleted between the two statements: claim again
    const age = now.getTime() - row.createdAt.getTime();
    if (age >= IDEMPOTENCY_TTL_MS || (row.status === null && age >= ABANDONED_MS)) {
      await db.apiIdempotency.deleteMany({ where: { id: row.id, createdAt: row.createdAt } });
      continue;
    }
    if (row.requestHash !== hash)
      throw new DomainError(
        "CONFLICT",
        `The Idempotency-Key ${JSON.stringify(key)} was used for a different request; use a new key for a new request.`,
        { [field]: ["Already used with a different request"] },
      );
    if (row.status === null)
      throw new DomainError("CONFLICT", `A request with the Idempotency-Key ${JSON.stringify(key)} is still running.`, {
        [field]: ["The first request with this key has not finished; retry shortly"],
      });
    return {
      status: row.status,
      body: row.body,
      headers: (row.headers ?? {}) as Record<string, string>,
      replayed: true,
    };
  }
  throw new DomainError("CONFLICT", `The Idempotency-Key ${JSON.stringify(key)} is contended; retry.`, {
    [field]: ["Contended; retry"],
  });
}

async function runClaimed(caller: string, key: string, run: () => Promise<Answer>): Promise<Answer> {
  const where = { caller_key: { caller, key } };
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await db.apiIdempotency.delete({ where }).catch(() => undefined);
    throw error;
  }
  if (answer.status >= 200 && answer.status < 300) {
    await db.apiIdempotency.update({
      where,
      data: {
        status: answer.status,
        body: answer.body === undefined ? Prisma.DbNull : (answer.body as Prisma.InputJsonValue),
        headers: answer.headers,
      },
    });
  } else {
    await db.apiIdempotency.delete({ where }).catch(() => undefined);
  }
  return answer;
}
