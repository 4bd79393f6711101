// GET /status/feed.atom — public status updates as an Atom feed
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return respondStatus(request, "atom");
}
