// POST /api/v1/incidents/{number}/status — move the incident to another status, with an optional note
import { bodyObject, incidentIdByNumber, parseIncidentNumber } from "@/lib/server/api/find-incident";
import { readIncident } from "@/lib/server/api/read-incident";
import { changeStatus } from "@/lib/server/incidents/change-status";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler<{ number: string }>(async (ctx, request, { number }) => {
  const body = bodyObject(await readJson(request));
  await changeStatus(ctx, { ...body, incidentId: await incidentIdByNumber(ctx, number, "incident:respond") });
  return Response.json(await readIncident(ctx, parseIncidentNumber(number)));
});
