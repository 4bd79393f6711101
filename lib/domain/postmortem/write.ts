// Input shapes and rules for writing a postmortem: starting one, saving a section, listing and
// searching them. Shared by the services, the server actions and the list page.
import { z } from "zod";
import { POSTMORTEM_STATUSES, SECTION_KEYS, type PostmortemStatus } from "../postmortem-status";
import { CONTROL_MESSAGE, ID_MAX, text } from "../text";
import { chooseOne } from "../vocabulary";

/** Far beyond any real section, but bounded so a paste accident is a clear error, not a slow save. */
export const SECTION_BODY_MAX = 100_000;

/**
 * One person's saves of a section within this long after their own latest revision amend that
 * revision: autosave fires on every pause in typing, and history should read as edits, not keystrokes.
 */
export const REVISION_COALESCE_MS = 10 * 60_000;

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const id = (what: string) => text(ID_MAX, { error: `${what} is required` }).min(1, `${what} is required`);

export const startPostmortemSchema = z.object({ incidentId: id("Incident") });

/**
 * A section's text is kept exactly as typed (no trimming), so what the editor holds and what the
 * server stored compare equal; only line breaks are normalised, as browsers send CRLF.
 */
const sectionBody = z
  .string({ error: "The text must be a string" })
  .overwrite((v) => v.replace(/\r\n?/g, "\n"))
  .max(SECTION_BODY_MAX, {
    message: `At most ${SECTION_BODY_MAX.toLocaleString("en")} characters; split the text or link to a document`,
    abort: true,
  })
  .refine((v) => !CONTROL.test(v), { message: CONTROL_MESSAGE, abort: true });

export const saveSectionSchema = z.object({
  postmortemId: id("Postmortem"),
  key: z.enum(SECTION_KEYS, { error: chooseOne(SECTION_KEYS) }),
  body: sectionBody,
  baseVersion: z.coerce
    .number({ error: "The version the text was based on is required" })
    .int("The version must be a whole number")
    .min(0, "The version cannot be negative"),
});
export type SaveSectionInput = z.infer<typeof saveSectionSchema>;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const SEARCH_QUERY_MAX = 200;

export const searchPostmortemsSchema = z.object({
  q: z.preprocess(blankToUndefined, text(SEARCH_QUERY_MAX).optional()),
  status: z.preprocess(
    blankToUndefined,
    z.enum(POSTMORTEM_STATUSES, { error: chooseOne(POSTMORTEM_STATUSES) }).optional(),
  ),
});

/** Whether a save amends the person's latest revision of the section instead of adding one. */
export function amendsRevision(
  latest: { authorId: string | null; createdAt: Date } | null,
  authorId: string | null,
  now: Date,
): boolean {
  if (!latest || authorId === null || latest.authorId !== authorId) return false;
  const age = now.getTime() - latest.createdAt.getTime();
  return age >= 0 && age < REVISION_COALESCE_MS;
}

/** Past its due date and not published yet: the only postmortems flagged overdue. */
export function isPostmortemOverdue(dueAt: Date | null, status: PostmortemStatus | null, now: Date): boolean {
  return dueAt !== null && status !== "PUBLISHED" && dueAt.getTime() < now.getTime();
}

/**
 * Markers Postgres puts around matched words in a search snippet. Control characters cannot occur
 * in stored text (text() and the section body refuse them), so they can never be forged by an author.
 */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

/** A snippet as plain pieces, the matched ones flagged, for rendering as <mark> without any HTML. */
export function highlightParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let match = false;
  let current = "";
  const flush = () => {
    if (current) parts.push({ text: current, match });
    current = "";
  };
  for (const ch of snippet) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_STOP) {
      flush();
      match = ch === HIGHLIGHT_START;
    } else current += ch;
  }
  flush();
  return parts;
}
