import "server-only";
import { z } from "zod";
import { apiSchemas } from "./schema-registry";

export type JsonSchema = { [key: string]: unknown };

const REF = "#/components/schemas/";

function rewriteRefs(value: unknown, rename: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, rename));
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) {
        const name = v.slice("#/$defs/".length);
        return [k, REF + (rename.get(name) ?? name)];
      }
      return [k, rewriteRefs(v, rename)];
    }),
  );
}

/**
 * The JSON Schema of a zod schema for the OpenAPI document: named parts (see schema-registry)
 * are moved into `components` and referenced. `io` picks the request shape (what may be sent,
 * defaults optional) or the response shape (what is always there). A name whose request and
 * response shapes differ gets an `Input` suffix on the request side.
 */
export function toOpenApiSchema(
  schema: z.ZodType,
  io: "input" | "output",
  components: Record<string, JsonSchema>,
): JsonSchema {
  const out = z.toJSONSchema(schema, {
    metadata: apiSchemas,
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    // The registry above carries component names only; `.describe()` texts live in the global one.
    override: ({ zodSchema, jsonSchema }) => {
      const description = z.globalRegistry.get(zodSchema)?.description;
      if (description && jsonSchema.description === undefined) jsonSchema.description = description;
    },
  }) as JsonSchema;
  const { $schema: _, $defs, id, ...rest } = out as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const defs = { ...($defs ?? {}) };
  // The top schema itself may be a named one: refer to it rather than inline it.
  if (typeof id === "string") defs[id] = rest;
  const rename = new Map<string, string>();
  for (const [name, def] of Object.entries(defs)) {
    const { id: _id, ...clean } = def;
    defs[name] = clean;
    const existing = components[name];
    if (existing && JSON.stringify(existing) !== JSON.stringify(rewriteRefs(clean, new Map())) && io === "input")
      rename.set(name, `${name}Input`);
  }
  for (const [name, def] of Object.entries(defs))
    components[rename.get(name) ?? name] = rewriteRefs(def, rename) as JsonSchema;
  if (typeof id === "string") return { $ref: REF + (rename.get(id) ?? id) };
  return rewriteRefs(rest, rename) as JsonSchema;
}
