// GET /api/v1/dr/tests/{key} — one DR test with its success criteria
import { getDrTestByKey } from "@/lib/server/api/endpoints/dr-tests";
import { route } from "@/lib/server/api/handle";

export const GET = route(getDrTestByKey);
