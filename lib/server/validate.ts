import "server-only";
import type { z } from "zod";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";

/** Parses input with a zod schema; failures become a VALIDATION error naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const names = Object.keys(fieldErrors).join(", ");
  throw new DomainError("VALIDATION", `Invalid input: ${names}`, fieldErrors);
}
