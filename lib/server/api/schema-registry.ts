import "server-only";
import { z } from "zod";

// Named schemas of the API: a zod schema registered here becomes `#/components/schemas/<id>` in
// the OpenAPI document wherever an endpoint uses it, instead of being written out inline.
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/** Registers `schema` under `id` and returns it, so a module can declare and name a schema in one line. */
export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
}
