import fc from "fast-check";
import type { JsonSchema } from "./json-schema";

// Malformed inputs for the fuzz test of /api/v1, drawn with fast-check from a fixed seed so a
// failure can be replayed: values of every JSON type and the edge cases handlers trip on.

const SEED = 20_261_130;
export const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number): T[] =>
  fc.sample(arbitrary, { numRuns: count, seed: SEED });

const edgeStrings = [
  "",
  " ",
  "x".repeat(10_000),
  "\u0000\u0001\u001f\u007f",
  "line\nbreak\r\ttab",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "0",
  "1e309",
  "9".repeat(40),
  "null",
  "true",
  "[]",
  "{}",
  "💥🔥 ünïcödé 漢字",
  "\ud800",
  '\'; DROP TABLE "Incident"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
];

/** Any JSON value: the wrong type for most fields, the right one now and then. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -0,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    [],
    {},
    [null],
    { nested: { deeper: [1, "a"] } },
    ...edgeStrings,
  ),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
);

/** Path parameter values that name nothing: words, signs, fractions, huge numbers, escapes, unicode. */
export const badPathValues: string[] = [
  "abc",
  "-1",
  "0",
  "1.5",
  "1e3",
  "0x10",
  " 1",
  "99999999999999999999",
  "1000000000",
  "NaN",
  "Infinity",
  "%00",
  "%zz",
  "%F0%9F%92%A5",
  "漢字",
  "null",
  "undefined",
  "x".repeat(2_000),
  ...sample(fc.string({ minLength: 1, maxLength: 12 }), 80).map(encodeURIComponent),
];

/** Query values: edge strings plus random ones; repeated names are tried separately. */
export const badQueryValues: string[] = [...edgeStrings, ...sample(fc.string({ maxLength: 30 }), 60)];

/** Bodies that are not a JSON object, sent as application/json. */
export const nonObjectBodies: string[] = [
  "null",
  "true",
  "42",
  '"text"',
  "[]",
  "[{}]",
  "{",
  '{"a":',
  "{'single':'quotes'}",
  "\u0000",
  "NaN",
  "{}}",
  " ",
  ...sample(fc.string({ maxLength: 40 }), 20).filter((s) => {
    try {
      const parsed: unknown = JSON.parse(s);
      return typeof parsed !== "object" || parsed === null || Array.isArray(parsed);
    } catch {
      return true;
    }
  }),
];

export const wrongContentTypes = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/jsonx",
  "",
];

/** Keys no schema knows, with values of any type. */
export const unknownFields = sample(
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).map((k) => `zz_${k}`),
    anyJson,
    { minKeys: 1, maxKeys: 4 },
  ),
  20,
);

/** The properties and required names of an object schema, following a local $ref once. */
export function objectShape(schema: JsonSchema | undefined, components: Record<string, JsonSchema>) {
  let s = schema;
  const ref = s?.$ref;
  if (typeof ref === "string") s = components[ref.split("/").pop()!];
  return {
    properties: Object.keys((s?.properties as Record<string, unknown> | undefined) ?? {}),
    required: (s?.required as string[] | undefined) ?? [],
  };
}
