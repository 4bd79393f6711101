// Builds a Prisma client on the pg driver adapter. Secrets are left out of every query
// unless a caller asks for them explicitly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export const SECRET_FIELDS = {
  user: { passwordHash: true },
  apiToken: { tokenHash: true },
  stakeholderMember: { webhookSecret: true },
} as const;

export function createPrismaClient(connectionString: string, options: { max?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter, omit: SECRET_FIELDS });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
