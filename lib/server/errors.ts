import "server-only";
import type { ActionState } from "@/lib/domain/action-state";
import { DomainError, HTTP_STATUS, isDomainError } from "@/lib/domain/errors";

// Expected errors show their message; anything else is logged and masked.
export function toDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  console.error("Unexpected error", error);
  return new DomainError("CONFLICT", "Something went wrong on our side. Nothing was saved; please try again.");
}

export function httpStatusOf(error: unknown): number {
  return isDomainError(error) ? HTTP_STATUS[error.code] : 500;
}

/** RFC 9457 problem+json body; `errors` names each bad field. */
export function problemResponse(error: unknown): Response {
  const status = httpStatusOf(error);
  const domain = toDomainError(error);
  const body = {
    type: `https://bridge.local/problems/${domain.code.toLowerCase().replace(/_/g, "-")}`,
    title: domain.code,
    status,
    detail: domain.message,
    errors: domain.fieldErrors,
  };
  return Response.json(body, { status, headers: { "content-type": "application/problem+json" } });
}

/** Turns a failure into form state, echoing what the user typed so nothing is lost. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionState {
  const domain = toDomainError(error);
  return { ok: false, message: domain.message, fieldErrors: domain.fieldErrors, values, at: Date.now() };
}
