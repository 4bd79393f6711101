import "server-only";
import { randomUUID } from "node:crypto";
import type { ActionState } from "@/lib/domain/action-state";
import { DomainError, HTTP_STATUS, isDomainError } from "@/lib/domain/errors";

/** A failure nobody expected; `requestId` is in the log line and in the answer, to find one from the other. */
export class InternalError extends DomainError {
  readonly requestId: string;

  constructor(requestId: string) {
    super(
      "INTERNAL",
      `Something went wrong on our side. Nothing was saved; please try again. (Reference ${requestId})`,
    );
    this.requestId = requestId;
  }
}

// Expected errors show their message; anything else is logged with a reference and masked.
export function toDomainError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  const requestId = randomUUID();
  console.error(`Unexpected error, reference ${requestId}:`, error);
  return new InternalError(requestId);
}

export function httpStatusOf(error: unknown): number {
  return isDomainError(error) ? HTTP_STATUS[error.code] : 500;
}

/** RFC 9457 problem+json body; `errors` names each bad field. */
export function problemResponse(error: unknown): Response {
  const domain = toDomainError(error);
  const status = HTTP_STATUS[domain.code];
  const body = {
    type: `https://bridge.local/problems/${domain.code.toLowerCase().replace(/_/g, "-")}`,
    title: domain.code,
    status,
    detail: domain.message,
    errors: domain.fieldErrors,
    ...(domain instanceof InternalError ? { requestId: domain.requestId } : {}),
  };
  return Response.json(body, { status, headers: { "content-type": "application/problem+json" } });
}

/** Turns a failure into form state, echoing what the user typed so nothing is lost. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionState {
  const domain = toDomainError(error);
  return { ok: false, message: domain.message, fieldErrors: domain.fieldErrors, values, at: Date.now() };
}
