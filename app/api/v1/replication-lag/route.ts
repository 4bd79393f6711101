// POST /api/v1/replication-lag — report a data asset's replication lag (scope sli:write)
import { reportReplicationLag } from "@/lib/server/slo/report-replication-lag";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler(async (ctx, request) =>
  Response.json(await reportReplicationLag(ctx, await readJson(request))),
);
