import "server-only";
import { createHash } from "node:crypto";

/** A short, URL-safe digest: ETags and content versions. */
export function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}
