// GET /status/incidents/[id] — one public incident and its published updates
import { respondStatus } from "@/lib/server/status-page/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return respondStatus(request, "incident", (await params).id);
}
