// GET /status/feed.rss — public status updates as an RSS feed
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return respondStatus(request, "rss");
}
