import "server-only";
import { ROLES } from "@/lib/domain/roles";
import { date, errors, json, ok, problem, ref, type JsonSchema, type OpenApiDocument } from "./parts";

// People: who may sign in, and adding one.

export const usersSchemas: Record<string, JsonSchema> = {
  User: {
    type: "object",
    properties: {
      id: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", enum: [...ROLES] },
      active: { type: "boolean" },
      createdAt: date,
    },
  },
  CreateUser: {
    type: "object",
    required: ["email", "name", "role", "password"],
    properties: {
      email: { type: "string", format: "email" },
      name: { type: "string" },
      role: { type: "string", enum: [...ROLES] },
      password: { type: "string", minLength: 12 },
    },
  },
};

export function usersPaths(): OpenApiDocument["paths"] {
  return {
    "/api/v1/users": {
      get: {
        operationId: "listUsers",
        summary: "List users (admins, signed in)",
        tags: ["Users"],
        responses: {
          200: ok("Users", { type: "object", properties: { items: { type: "array", items: ref("User") } } }),
          ...errors,
        },
      },
      post: {
        operationId: "createUser",
        summary: "Create a user (admins, signed in)",
        tags: ["Users"],
        requestBody: { required: true, content: json(ref("CreateUser")) },
        responses: {
          201: ok("Created", ref("User")),
          ...errors,
          409: problem("Conflict"),
          413: problem("TooLarge"),
          422: problem("Validation"),
        },
      },
    },
  };
}
