import "server-only";
import { randomBytes, randomInt } from "node:crypto";

const BLOCK = 36 ** 4;
let counter = randomInt(BLOCK);

/**
 * A collision-resistant id for rows written with raw SQL on the hot paths (Prisma makes the
 * others): "c", the time, a per-process counter and 62 random bits, 25 characters like a cuid.
 */
export function newId(): string {
  counter = (counter + 1) % BLOCK;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
