// GET /status/live.js — keeps an open status page current (asks again with its ETag)
import { LIVE_SCRIPT } from "@/lib/domain/status-page/live-script";
import { respondAsset } from "@/lib/server/status-page/respond";
import { hashOf } from "@/lib/server/status-page/hash";

const ETAG = `"${hashOf(LIVE_SCRIPT)}"`;

export function GET(request: Request): Response {
  return respondAsset(request, LIVE_SCRIPT, "text/javascript; charset=utf-8", ETAG);
}
