import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { env } from "../env";

const WINDOW_MS = 60_000;

export type RateState = { limit: number; remaining: number; resetSeconds: number };

/** The RateLimit-* headers a token's answer carries (IETF draft names, widely understood). */
export function rateHeaders(state: RateState): Record<string, string> {
  return {
    "ratelimit-limit": String(state.limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(state.resetSeconds),
  };
}

export class RateLimited extends DomainError {
  readonly state: RateState;
  constructor(state: RateState) {
    super(
      "RATE_LIMITED",
      `This token made more than ${state.limit} requests this minute; retry in ${state.resetSeconds} s.`,
      { authorization: [`At most ${state.limit} requests per minute per token`] },
    );
    this.state = state;
  }
}

/**
 * Counts one request against the token's current minute (a fixed window in the database, so every
 * server process shares it) and throws RateLimited once the limit is passed.
 */
export async function takeRequest(tokenId: string, now: Date, limit = env.BRIDGE_API_RATE_LIMIT): Promise<RateState> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", count) VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET count = "ApiRateWindow".count + 1
    RETURNING count`;
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  const state = { limit, remaining: Math.max(0, limit - row.count), resetSeconds };
  if (row.count > limit) throw new RateLimited(state);
  return state;
}
