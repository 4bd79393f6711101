import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { named } from "../schema-registry";
import { time } from "./common";

// A person as the API shows them: never a password hash or session detail.

export const User = named(
  "User",
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    active: z.boolean(),
    createdAt: time,
  }),
);

export const UserList = named("UserList", z.object({ items: z.array(User) }));
