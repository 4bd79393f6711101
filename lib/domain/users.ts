// Input shapes for managing people; shared by the admin form, its action and the REST API.
import { z } from "zod";
import { ROLES } from "./roles";
import { ID_MAX, text } from "./text";

export const PASSWORD_MIN = 12;

const email = text(254).toLowerCase().pipe(z.email("Enter a valid e-mail address"));
const name = text(120).min(1, "Name is required");
const password = z.string().min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`).max(200, "At most 200 characters");
const role = z.enum(ROLES, { error: "Choose one of ADMIN, COMMANDER, RESPONDER, STAKEHOLDER" });

export const createUserSchema = z.object({ email, name, role, password });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    id: text(ID_MAX).min(1, "User is required"),
    name: name.optional(),
    role: role.optional(),
    active: z.boolean().optional(),
    password: password.optional(),
  })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.active !== undefined || v.password !== undefined, {
    message: "Nothing to change",
    path: ["_form"],
  });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
