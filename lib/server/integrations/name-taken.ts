import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** Source names are unique (they label audit rows and timelines): a clash is a field error, not a 500. */
export function nameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new DomainError("VALIDATION", "Another source has this name.", { name: ["Another source has this name"] });
  throw error;
}
