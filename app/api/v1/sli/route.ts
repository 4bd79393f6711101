// POST /api/v1/sli — push a batch of SLI samples (scope sli:write); 200 with what was stored and refused
import { ingestSamples } from "@/lib/server/slo/ingest-samples";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler(async (ctx, request) =>
  Response.json(await ingestSamples(ctx, await readJson(request))),
);
