// What changed between two versions of a template, line by line, per variant. The rows carry
// their kind in words as well as a sign, so the difference is not told by colour alone.
import { diffLines } from "diff";
import type { TemplateText } from "./template-render";

export type DiffLine = { kind: "added" | "removed" | "same"; text: string };
export type FieldDiff = { field: keyof TemplateText; label: string; lines: DiffLine[]; changed: boolean };

const FIELDS: { field: keyof TemplateText; label: string }[] = [
  { field: "subject", label: "E-mail subject" },
  { field: "body", label: "E-mail body" },
  { field: "shortText", label: "Short text" },
];

// Every line ends in a line break, so a last line compares equal whether or not one follows it.
const terminated = (text: string) => (text === "" || text.endsWith("\n") ? text : `${text}\n`);

/** Line diff of one text; an empty previous text (the first version) shows everything as added. */
export function diffText(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(terminated(before), terminated(after))) {
    if (!part.value) continue;
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    for (const line of part.value.slice(0, -1).split("\n")) lines.push({ kind, text: line });
  }
  return lines;
}

/** Each variant's diff from `before` (null for the first version) to `after`. */
export function diffVersions(before: TemplateText | null, after: TemplateText): FieldDiff[] {
  return FIELDS.map(({ field, label }) => {
    const lines = before ? diffText(before[field], after[field]) : diffText("", after[field]);
    return { field, label, lines, changed: lines.some((l) => l.kind !== "same") };
  });
}

/** "+2 −1" style counts, in words for a summary line. */
export function diffSummary(diffs: FieldDiff[]): string {
  const added = diffs.reduce((n, d) => n + d.lines.filter((l) => l.kind === "added").length, 0);
  const removed = diffs.reduce((n, d) => n + d.lines.filter((l) => l.kind === "removed").length, 0);
  if (!added && !removed) return "No text changes";
  return `${added} line(s) added, ${removed} line(s) removed`;
}
