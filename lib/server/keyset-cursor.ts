import "server-only";
import { DomainError } from "@/lib/domain/errors";

// The cursor of a list paged by (createdAt, id): the last row shown. The next page starts strictly
// past it, so a row created or changed meanwhile never shifts a page, as an offset would.

export type Keyset = { createdAt: Date; id: string };

export const encodeKeyset = (row: Keyset): string => `${row.createdAt.getTime()}.${row.id}`;

export function decodeKeyset(cursor: string): Keyset {
  const match = /^(\d{1,15})\.([\w-]{1,100})$/.exec(cursor);
  if (!match) throw new DomainError("VALIDATION", "Invalid input: cursor", { cursor: ["Not a valid page cursor"] });
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

/** Rows after the cursor in the direction the list runs (`asc`: later ones; `desc`: earlier ones). */
export function pastKeyset(cursor: Keyset, direction: "asc" | "desc") {
  const beyond = direction === "asc" ? "gt" : "lt";
  return {
    OR: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }],
  };
}
