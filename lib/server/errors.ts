import "server-only";
import { randomUUID } from "node:crypto";
import type { ActionState } from "@/lib/domain/action-state";
import { DomainError, HTTP_STATUS, isDomainError } from "@/lib/domain/errors";
import { isDatabaseUnavailable } from "./db-unavailable";

/** Seconds a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGE = `The database is not reachable right now. Nothing was saved; please try again in ${RETRY_AFTER_SECONDS} seconds.`;

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
export function toDomainError(error: unknown, requestId: string = randomUUID()): DomainError {
  if (isDomainError(error)) return error;
  if (isDatabaseUnavailable(error)) {
    console.error("Database unavailable:", error instanceof Error ? error.message : error);
    return new DomainError("UNAVAILABLE", UNAVAILABLE_MESSAGE);
  }
  console.error(`Unexpected error, reference ${requestId}:`, error);
  return new InternalError(requestId);
}

export function httpStatusOf(error: unknown): number {
  return HTTP_STATUS[isDomainError(error) ? error.code : isDatabaseUnavailable(error) ? "UNAVAILABLE" : "INTERNAL"];
}

/** RFC 9457 problem+json body; `errors` names each bad field. */
export function problemResponse(error: unknown, requestId?: string): Response {
  const domain = toDomainError(error, requestId);
  const status = HTTP_STATUS[domain.code];
  const body = {
    type: `https://bridge.local/problems/${domain.code.toLowerCase().replace(/_/g, "-")}`,
    title: domain.code,
    status,
    detail: domain.message,
    errors: domain.fieldErrors,
    ...(domain instanceof InternalError ? { requestId: domain.requestId } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (status === 503) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  return Response.json(body, { status, headers });
}

/** Turns a failure into form state, echoing what the user typed so nothing is lost. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionState {
  const domain = toDomainError(error);
  return { ok: false, message: domain.message, fieldErrors: domain.fieldErrors, values, at: Date.now() };
}
