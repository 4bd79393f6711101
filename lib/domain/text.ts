// The one rule for free text from people and machines. PostgreSQL text cannot hold NUL (the query
// fails), and no field has a use for other control characters; browsers send line breaks as CRLF.
import { z } from "zod";

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
export const CONTROL_MESSAGE = "Remove control characters (such as NUL); only line breaks and tabs are allowed";

/**
 * A trimmed string of at most `max` characters with line breaks as \n and no other control
 * characters but tabs. Chain `.min()` etc. as on any zod string; a far too long value stops here.
 */
export function text(max: number, params?: { error?: string }) {
  return z
    .string(params)
    .overwrite((v) => v.replace(/\r\n?/g, "\n"))
    .trim()
    .max(max, { message: `At most ${max} characters`, abort: true })
    .refine((v) => !CONTROL.test(v), { message: CONTROL_MESSAGE, abort: true });
}

/** Ids are short machine strings; the bound keeps a pasted novel out of a database lookup. */
export const ID_MAX = 100;

/** `text()` where an empty value (or null, from a form) means "not given". */
export function optionalText(max: number) {
  return z.preprocess((v) => (v === "" || v === null ? undefined : v), text(max).optional());
}
