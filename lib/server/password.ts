import "server-only";
import bcrypt from "bcryptjs";
import { env } from "./env";

// Default cost 12: about a quarter of a second here, slow for guessing, fine for sign-in.

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, env.BRIDGE_BCRYPT_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummy: Promise<string> | null = null;

/** A hash at the configured cost to check against when the account is unknown, so both take as long. */
export function dummyHash(): Promise<string> {
  dummy ??= bcrypt.hash("no account has this password", env.BRIDGE_BCRYPT_COST);
  return dummy;
}
