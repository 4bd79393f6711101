import "server-only";

/**
 * Thrown by a handler whose resource is held by someone else (a delivery another worker is
 * sending): the job runs again at `at`, and the wait does not count as a failed attempt.
 */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly at: Date,
  ) {
    super(message);
    this.name = "RetryLater";
  }
}
