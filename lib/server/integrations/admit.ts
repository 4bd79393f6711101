import "server-only";
import type { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { SOURCE_KIND, type SourceKind } from "@/lib/domain/integrations/vocabulary";
import { parseInput } from "../validate";
import type { Source } from "./authenticate";
import { logRejected } from "./log-event";

/**
 * The checks between an authenticated key and its payload's processing: the source is enabled,
 * posts to its own kind's endpoint, and sends a valid payload. Each refusal is logged on the source.
 */
export async function admit<S extends z.ZodType>(
  source: Source,
  kind: SourceKind,
  schema: S,
  raw: unknown,
  now: Date,
): Promise<z.infer<S>> {
  let refusal: DomainError | null = null;
  if (!source.enabled) refusal = new DomainError("FORBIDDEN", `The integration source “${source.name}” is disabled.`);
  else if (source.kind !== kind)
    refusal = new DomainError(
      "FORBIDDEN",
      `The source “${source.name}” is a ${SOURCE_KIND[source.kind as SourceKind]?.label ?? source.kind} source; send to ${SOURCE_KIND[source.kind as SourceKind]?.path ?? "its own endpoint"}.`,
    );
  if (refusal) {
    await logRejected(source.id, now, refusal.message, raw);
    throw refusal;
  }
  try {
    return parseInput(schema, raw);
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join("; ")}`);
      await logRejected(source.id, now, `Bad payload — ${fields.join(", ")}`, raw);
    }
    throw error;
  }
}
