import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** True when Postgres refused a write for breaking a unique index (a race past our own check). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
