// GET /status/status.css — the public page's stylesheet
import { STATUS_CSS } from "@/lib/domain/status-page/css";
import { respondAsset } from "@/lib/server/status-page/respond";
import { hashOf } from "@/lib/server/status-page/hash";

const ETAG = `"${hashOf(STATUS_CSS)}"`;

export function GET(request: Request): Response {
  return respondAsset(request, STATUS_CSS, "text/css; charset=utf-8", ETAG);
}
