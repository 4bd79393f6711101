"use server";

import type { FieldErrors } from "@/lib/domain/errors";
import { toDomainError } from "@/lib/server/errors";
import { saveSection, SectionConflictError, type TheirVersion } from "@/lib/server/postmortems/save-section";
import { sectionHistory } from "@/lib/server/postmortems/section-history";
import { requireCtx } from "@/lib/server/session";

/**
 * What an autosave hears back. `retry` tells the editor whether trying again later can help (the
 * database was away, something failed on the way) or whether a person has to act first.
 */
export type SaveAnswer =
  | { ok: true; version: number; body: string; savedAt: string }
  | { ok: false; conflict: { theirs: TheirVersion; yours: string }; message: string }
  | { ok: false; conflict?: undefined; message: string; fieldErrors: FieldErrors; retry: boolean };

export async function saveSectionAction(input: {
  postmortemId: string;
  key: string;
  body: string;
  baseVersion: number;
}): Promise<SaveAnswer> {
  try {
    const saved = await saveSection(await requireCtx(), input);
    return { ok: true, version: saved.version, body: saved.body, savedAt: saved.updatedAt.toISOString() };
  } catch (error) {
    if (error instanceof SectionConflictError)
      return { ok: false, conflict: { theirs: error.theirs, yours: error.yours }, message: error.message };
    const domain = toDomainError(error);
    return {
      ok: false,
      message: domain.message,
      fieldErrors: domain.fieldErrors,
      retry: domain.code === "UNAVAILABLE" || domain.code === "INTERNAL",
    };
  }
}

export type HistoryAnswer =
  { ok: true; revisions: Awaited<ReturnType<typeof sectionHistory>> } | { ok: false; message: string };

export async function sectionHistoryAction(input: { postmortemId: string; key: string }): Promise<HistoryAnswer> {
  try {
    return { ok: true, revisions: await sectionHistory(await requireCtx(), input) };
  } catch (error) {
    return { ok: false, message: toDomainError(error).message };
  }
}
