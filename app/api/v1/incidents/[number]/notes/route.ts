// POST /api/v1/incidents/{number}/notes — add a note to the incident's timeline
import { bodyObject, incidentIdByNumber, parseIncidentNumber } from "@/lib/server/api/find-incident";
import { addNote } from "@/lib/server/incidents/add-note";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler<{ number: string }>(async (ctx, request, { number }) => {
  const body = bodyObject(await readJson(request));
  const note = await addNote(ctx, { ...body, incidentId: await incidentIdByNumber(ctx, number, "incident:respond") });
  return Response.json({ number: parseIncidentNumber(number), message: note.message, at: ctx.now }, { status: 201 });
});
