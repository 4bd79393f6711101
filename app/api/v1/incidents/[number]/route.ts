// GET /api/v1/incidents/{number} — one incident
import { parseIncidentNumber } from "@/lib/server/api/find-incident";
import { readIncident } from "@/lib/server/api/read-incident";
import { apiHandler } from "@/lib/server/route";

export const GET = apiHandler<{ number: string }>(async (ctx, _request, { number }) => {
  return Response.json(await readIncident(ctx, parseIncidentNumber(number)));
});
