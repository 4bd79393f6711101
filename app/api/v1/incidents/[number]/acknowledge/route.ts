// POST /api/v1/incidents/{number}/acknowledge — acknowledge the incident's pages, stopping escalation
import { incidentIdByNumber, parseIncidentNumber } from "@/lib/server/api/find-incident";
import { readIncident } from "@/lib/server/api/read-incident";
import { acknowledge } from "@/lib/server/incidents/acknowledge";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler<{ number: string }>(async (ctx, request, { number }) => {
  await readJson(request, { allowEmpty: true });
  await acknowledge(ctx, { incidentId: await incidentIdByNumber(ctx, number, "incident:respond") });
  return Response.json(await readIncident(ctx, parseIncidentNumber(number)));
});
