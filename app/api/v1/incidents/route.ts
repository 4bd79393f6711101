// GET /api/v1/incidents — list incidents (filters, cursor); POST /api/v1/incidents — declare an incident
import { declareFromApi } from "@/lib/server/api/declare-incident";
import { listIncidentsFromApi } from "@/lib/server/api/list-incidents";
import { apiHandler, readJson } from "@/lib/server/route";

export const GET = apiHandler(async (ctx, request) =>
  Response.json(await listIncidentsFromApi(ctx, new URL(request.url).searchParams)),
);

export const POST = apiHandler(async (ctx, request) => {
  const incident = await declareFromApi(ctx, await readJson(request));
  return Response.json(incident, { status: 201, headers: { location: incident.url } });
});
