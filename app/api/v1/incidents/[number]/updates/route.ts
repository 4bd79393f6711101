// POST /api/v1/incidents/{number}/updates — post an update: publish it, send it to matrix groups, promise the next one
import { bodyObject, incidentIdByNumber } from "@/lib/server/api/find-incident";
import { apiHandler, readJson } from "@/lib/server/route";
import { postUpdate } from "@/lib/server/status-updates/post-update";

export const POST = apiHandler<{ number: string }>(async (ctx, request, { number }) => {
  const body = bodyObject(await readJson(request));
  const posted = await postUpdate(ctx, {
    ...body,
    incidentId: await incidentIdByNumber(ctx, number, "incident:command"),
  });
  // A repeated key answers with the update it made the first time, and 200: nothing new was made.
  return Response.json(posted, { status: posted.repeated ? 200 : 201 });
});
