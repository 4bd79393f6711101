// GET /api/v1/dr/tests — DR tests with cadence, next due day and last run
import { listDrTests } from "@/lib/server/api/endpoints/dr-tests";
import { route } from "@/lib/server/api/handle";

export const GET = route(listDrTests);
