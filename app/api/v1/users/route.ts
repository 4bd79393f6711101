// GET /api/v1/users — list users; POST — create a user (admins, signed in)
import { createUserEndpoint, listUsersEndpoint } from "@/lib/server/api/endpoints/users";
import { route } from "@/lib/server/api/handle";

export const GET = route(listUsersEndpoint);
export const POST = route(createUserEndpoint);
