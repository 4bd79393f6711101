import "server-only";
import { createUserSchema } from "@/lib/domain/users";
import { createUser } from "../../users/create";
import { listUsers } from "../../users/list";
import { endpoint } from "../endpoint";
import { named } from "../schema-registry";
import { User, UserList } from "../schemas/users";

// People who may sign in. Managing them is for admins signed in to the console: no token scope
// grants user:manage, so a token is refused (before its body is read) whatever its scopes.

const tag = "Users";

/** The fields User names, picked from a row so a column added later never leaks. */
function userJson(u: { id: string; email: string; name: string; role: string; active: boolean; createdAt: Date }) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, createdAt: u.createdAt };
}

export const listUsersEndpoint = endpoint({
  method: "GET",
  path: "/api/v1/users",
  operationId: "listUsers",
  summary: "List users (admins, signed in)",
  description: "Active users first, then by e-mail.",
  tag,
  auth: "session",
  responses: { 200: { description: "Users", schema: UserList } },
  handler: async (ctx) => ({ body: { items: (await listUsers(ctx)).map(userJson) } }),
});

export const createUserEndpoint = endpoint({
  method: "POST",
  path: "/api/v1/users",
  operationId: "createUser",
  summary: "Create a user (admins, signed in)",
  tag,
  auth: "session",
  body: named("CreateUser", createUserSchema),
  errors: [409],
  responses: { 201: { description: "Created", schema: User } },
  handler: async (ctx, { raw }) => ({ status: 201, body: userJson(await createUser(ctx, raw)) }),
});
