// The one error type services throw for expected failures; adapters map `code` to HTTP or form state.

export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_LARGE"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldErrors = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  // The database is unreachable or too slow; nothing was saved and a retry shortly may succeed.
  UNAVAILABLE: 503,
  // Only for failures nobody expected; bad input is never INTERNAL.
  INTERNAL: 500,
};

export const ERROR_CODES = Object.keys(HTTP_STATUS) as ErrorCode[];

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
