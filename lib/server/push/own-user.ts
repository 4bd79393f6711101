import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { actingUserId, type Ctx } from "../context";

/** Push subscriptions belong to a signed-in person; a token or the system has none. */
export function ownUserId(ctx: Ctx): string {
  const id = actingUserId(ctx);
  if (!id) throw new DomainError("FORBIDDEN", "Only a signed-in person has push subscriptions.");
  return id;
}
