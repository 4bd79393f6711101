// GET /api/events — Server-Sent Events for signed-in browsers
import { DomainError } from "@/lib/domain/errors";
import { problemResponse } from "@/lib/server/errors";
import { getHub } from "@/lib/server/live/hub";
import { eventStream, parseSince } from "@/lib/server/live/sse";
import { currentCtx } from "@/lib/server/session";

export const dynamic = "force-dynamic";

// Every signed-in role gets the wake-ups (ids only); each page then reads what its role may see.
export async function GET(request: Request): Promise<Response> {
  const ctx = await currentCtx();
  if (!ctx) return problemResponse(new DomainError("UNAUTHENTICATED", "Sign in first."));
  const since = parseSince(new URL(request.url).searchParams.get("since"));
  return eventStream(getHub(), request.signal, { since });
}
