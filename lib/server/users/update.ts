import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { updateUserSchema } from "@/lib/domain/users";
import { actingUserId, type Ctx } from "../context";
import { mutate } from "../mutate";
import { hashPassword } from "../password";

/** A new role, a deactivation or a new password must not leave old sessions signed in. */
function endsSessions(
  before: { role: string; active: boolean },
  data: { role?: string; active?: boolean; password?: string },
): boolean {
  return (
    (data.role !== undefined && data.role !== before.role) ||
    (data.active === false && before.active) ||
    Boolean(data.password)
  );
}

/** Renames, changes role, (de)activates or resets the password of a user. */
export async function updateUser(ctx: Ctx, input: unknown) {
  return mutate(ctx, "user:manage", updateUserSchema, input, async (tx, data) => {
    const before = await tx.user.findUnique({ where: { id: data.id } });
    if (!before) throw new DomainError("NOT_FOUND", "No such user", { id: ["No such user"] });
    const demotesSelf =
      data.id === actingUserId(ctx) && ((data.role && data.role !== "ADMIN") || data.active === false);
    if (demotesSelf)
      throw new DomainError("CONFLICT", "You cannot remove your own admin access", {
        role: ["You cannot remove your own admin access"],
      });
    const losesAdmin = before.role === "ADMIN" && ((data.role && data.role !== "ADMIN") || data.active === false);
    if (losesAdmin) {
      const admins = await tx.user.count({ where: { role: "ADMIN", active: true, NOT: { id: data.id } } });
      if (admins === 0)
        throw new DomainError("CONFLICT", "Bridge needs at least one active admin", { role: ["Last active admin"] });
    }
    const user = await tx.user.update({
      where: { id: data.id },
      data: {
        name: data.name,
        role: data.role,
        active: data.active,
        passwordHash: data.password ? await hashPassword(data.password) : undefined,
        sessionVersion: endsSessions(before, data) ? { increment: 1 } : undefined,
      },
    });
    const after = data.password ? { ...user, password: "(reset)" } : user;
    return {
      result: user,
      audit: { action: "user.update", entityType: "User", entityId: user.id, before, after },
      event: { type: "user.changed", id: user.id },
    };
  });
}
