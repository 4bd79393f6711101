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
