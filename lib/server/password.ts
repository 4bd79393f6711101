import "server-only";
import bcrypt from "bcryptjs";

// bcrypt cost 12: about a quarter of a second here, slow for guessing, fine for sign-in.
const COST = 12;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
