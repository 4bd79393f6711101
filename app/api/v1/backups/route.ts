// POST /api/v1/backups — report a backup verification (scope backups:write); 201 when recorded,
// 200 with the same body when the idempotency key was seen before.
import { reportVerification } from "@/lib/server/backups/report-verification";
import { apiHandler, readJson } from "@/lib/server/route";

export const POST = apiHandler(async (ctx, request) => {
  const { created, verification } = await reportVerification(
    ctx,
    await readJson(request),
    request.headers.get("idempotency-key"),
  );
  return Response.json(verification, { status: created ? 201 : 200 });
});
