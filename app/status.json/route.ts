// GET /status.json — the public status summary for machines
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return respondStatus(request, "json");
}
