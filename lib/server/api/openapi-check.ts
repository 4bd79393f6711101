import "server-only";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./openapi";

// Structural checks of the generated document, for tests: every local $ref points at something,
// no JSON Schema `$defs` escaped the move into components, and Redocly's `struct` rule (the
// OpenAPI 3.1 shape: required fields, allowed keys, parameter and response objects) finds nothing.

function resolves(doc: unknown, ref: string): boolean {
  if (!ref.startsWith("#/")) return false;
  let at: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!at || typeof at !== "object" || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

function walk(value: unknown, where: string, visit: (key: string, value: unknown, where: string) => void): void {
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    visit(key, child, where);
    walk(child, `${where}/${key}`, visit);
  }
}

/** Problems found, as readable lines; empty when the document is sound. */
export async function checkDocument(doc: OpenApiDocument): Promise<string[]> {
  const problems: string[] = [];
  walk(doc, "#", (key, value, where) => {
    if (key === "$defs") problems.push(`${where}: $defs left inline`);
    if (key === "$ref" && (typeof value !== "string" || !resolves(doc, value)))
      problems.push(`${where}: $ref ${String(value)} does not resolve`);
  });
  const config = await createConfig({ rules: { struct: "error", "no-unresolved-refs": "error" } });
  const found = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "openapi.json", config });
  for (const p of found) problems.push(`${p.location[0]?.pointer ?? "#"}: ${p.message}`);
  return problems;
}
