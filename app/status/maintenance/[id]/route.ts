// GET /status/maintenance/[id] — one scheduled maintenance and its updates
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respondStatus(request, "maintenance", (await params).id);
}
