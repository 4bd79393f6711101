// A backup verification: by hand on /dr/backups (a UTC time typed as YYYY-MM-DDTHH:MM, "ok" or
// "failed") or pushed with POST /api/v1/backups (RFC 3339, a boolean, an idempotency key).
import { z } from "zod";
import { ID_MAX, text } from "./text";

/** A verification may be stamped slightly ahead of our clock (the sender's drifts); more is a mistake. */
export const VERIFICATION_FUTURE_TOLERANCE_MS = 5 * 60_000;
export const VERIFICATION_NOTE_MAX = 500;
export const IDEMPOTENCY_KEY_MAX = 200;

const policyKey = text(ID_MAX, { error: "Name the backup policy by its key" }).min(
  1,
  "Name the backup policy by its key",
);
const note = text(VERIFICATION_NOTE_MAX, { error: "Give the note as text" })
  .nullish()
  .transform((v) => v ?? "");

/** The form's time field is UTC without seconds, so every reader sees the same instant. */
const utcMinute = z.preprocess(
  (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00Z` : v),
  z.iso.datetime({ error: "Enter the time as YYYY-MM-DDTHH:MM (UTC)" }).pipe(z.coerce.date()),
);

export const manualVerificationSchema = z.object({
  policy: policyKey,
  verifiedAt: utcMinute,
  outcome: z.enum(["ok", "failed"], { error: "Choose whether the backup was good" }),
  note,
});

export const apiVerificationSchema = z.object(
  {
    policy: policyKey,
    verifiedAt: z.iso
      .datetime({ offset: true, error: "Give the time as RFC 3339, e.g. 2026-11-30T09:00:00Z" })
      .pipe(z.coerce.date()),
    ok: z.boolean({ error: "Give ok as true or false" }),
    note,
    idempotencyKey: text(IDEMPOTENCY_KEY_MAX, { error: "Give the idempotency key as text" }).min(1).optional(),
  },
  { error: "Send an object with policy, verifiedAt and ok" },
);

/** What both ways of recording come down to. */
export type Verification = { policy: string; verifiedAt: Date; ok: boolean; note: string; idempotencyKey?: string };

export function fromManual(input: z.infer<typeof manualVerificationSchema>): Verification {
  return { policy: input.policy, verifiedAt: input.verifiedAt, ok: input.outcome === "ok", note: input.note };
}

/** A message when the verification claims a time too far ahead of `now`, else null. */
export function futureTimeError(verifiedAt: Date, now: Date): string | null {
  if (verifiedAt.getTime() - now.getTime() <= VERIFICATION_FUTURE_TOLERANCE_MS) return null;
  return `${verifiedAt.toISOString()} is more than ${VERIFICATION_FUTURE_TOLERANCE_MS / 60_000} minutes in the future; check the clock`;
}

/** A time as the form's field shows it: UTC, to the minute. */
export function utcMinuteValue(at: Date): string {
  return at.toISOString().slice(0, 16);
}
