import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { createUserSchema } from "@/lib/domain/users";
import type { Ctx } from "../context";
import { mutate } from "../mutate";
import { hashPassword } from "../password";

export async function createUser(ctx: Ctx, input: unknown) {
  return mutate(ctx, "user:manage", createUserSchema, input, async (tx, data) => {
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new DomainError("CONFLICT", "A user with this e-mail exists", { email: ["Already in use"] });
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(data.password) },
    });
    return {
      result: user,
      audit: { action: "user.create", entityType: "User", entityId: user.id, after: user },
      event: { type: "user.changed", id: user.id },
    };
  });
}
