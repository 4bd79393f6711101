// GET /status — the public status page (HTML, server-rendered, no sign-in)
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return respondStatus(request, "page");
}
