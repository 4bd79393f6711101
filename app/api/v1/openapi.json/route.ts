// GET /api/v1/openapi.json — the OpenAPI 3.1 document of this API (public: it holds no data)
import { appUrl } from "@/lib/server/app-url";
import { openApiDocument } from "@/lib/server/api/openapi";

// Rendered per request: the server address comes from the runtime environment, not the build's.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json(openApiDocument(appUrl("")), { headers: { "cache-control": "public, max-age=300" } });
}
