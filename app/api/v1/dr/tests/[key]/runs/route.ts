// GET /api/v1/dr/tests/{key}/runs — a test's runs, newest first; POST — record a run
import { listDrTestRuns, recordDrTestRunByKey } from "@/lib/server/api/endpoints/dr-tests";
import { route } from "@/lib/server/api/handle";

export const GET = route(listDrTestRuns);
export const POST = route(recordDrTestRunByKey);
