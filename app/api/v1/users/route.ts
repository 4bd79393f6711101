// GET /api/v1/users — list users; POST /api/v1/users — create a user (admins only)
import { apiHandler, readJson } from "@/lib/server/route";
import { createUser } from "@/lib/server/users/create";
import { listUsers } from "@/lib/server/users/list";

export const GET = apiHandler(async (ctx) => Response.json({ items: await listUsers(ctx) }));

export const POST = apiHandler(async (ctx, request) => {
  const user = await createUser(ctx, await readJson(request));
  return Response.json(user, { status: 201 });
});
