// GET /api/v1/dr/scenarios — the failure scenarios
import { listDrScenarios } from "@/lib/server/api/endpoints/dr-tests";
import { route } from "@/lib/server/api/handle";

export const GET = route(listDrScenarios);
