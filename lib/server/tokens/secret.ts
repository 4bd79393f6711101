import "server-only";
import { createHash, randomBytes } from "node:crypto";

// `brg_<prefix>_<secret>`: the prefix identifies a token in lists and logs; only the hash of the
// whole string is stored, so a database leak does not leak usable tokens.
const PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const PREFIX_LENGTH = 8;

export type NewTokenSecret = { token: string; prefix: string; hash: string };

function randomPrefix(): string {
  const bytes = randomBytes(PREFIX_LENGTH);
  return Array.from(bytes, (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join("");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Secrets of one kind, `<tag>_<prefix>_<secret>`: API tokens are `brg`, integration source keys `brs`. */
export function secretKind(tag: string) {
  const pattern = new RegExp(`^${tag}_([a-z0-9]{8})_([A-Za-z0-9_-]{43,})$`);
  return {
    /** A fresh secret: 32 random bytes (base64url), shown once and stored only hashed. */
    generate(): NewTokenSecret {
      const prefix = randomPrefix();
      const token = `${tag}_${prefix}_${randomBytes(32).toString("base64url")}`;
      return { token, prefix, hash: hashToken(token) };
    },
    /** The prefix of a well-formed secret, or null: a malformed string is refused before any lookup. */
    prefixOf(token: string): string | null {
      return pattern.exec(token)?.[1] ?? null;
    },
  };
}

const apiTokens = secretKind("brg");
export const generateToken = apiTokens.generate;
export const tokenPrefix = apiTokens.prefixOf;
