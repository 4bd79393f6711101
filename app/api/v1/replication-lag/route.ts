// POST /api/v1/replication-lag — report a data asset's replication lag (scope sli:write)
import { reportReplicationLag } from "@/lib/server/api/endpoints/slo";
import { route } from "@/lib/server/api/handle";

export const POST = route(reportReplicationLag);
