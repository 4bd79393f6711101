import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { db } from "../db";
import { hashToken } from "../tokens/secret";
import { sourceKeys } from "./key";

const refused = () => new DomainError("UNAUTHENTICATED", "The integration key is invalid or was rotated.");

/**
 * The source a key belongs to, looked up by hash; a malformed or unknown key is refused alike.
 * A disabled source is still returned, so its refused payloads are logged where the admin looks.
 */
export async function authenticateSource(key: string | null) {
  if (!key || !sourceKeys.prefixOf(key)) throw refused();
  const source = await db.integrationSource.findUnique({ where: { keyHash: hashToken(key) } });
  if (!source) throw refused();
  return source;
}

export type Source = Awaited<ReturnType<typeof authenticateSource>>;
