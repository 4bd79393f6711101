// Helpers for the tests that call the /api/v1 route handlers directly.
import { expect } from "vitest";

/** The route context of a handler without path parameters, and of one under /incidents/{number}. */
export const none = { params: Promise.resolve({}) };
export const at = (number: number | string) => ({ params: Promise.resolve({ number: String(number) }) });

export type Problem = {
  status: number;
  title: string;
  detail: string;
  errors: Record<string, string[]>;
  requestId?: string;
};

/** Asserts a problem+json answer with this status, in the header and the body, and returns the body. */
export async function problem(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const body = (await response.json()) as Problem;
  expect(body.status).toBe(status);
  return body;
}

/** Asserts a 422 problem and returns the names of the fields it blames, sorted. */
export async function invalidFields(response: Response): Promise<string[]> {
  return Object.keys((await problem(response, 422)).errors).sort();
}
