import type { FieldDiff } from "@/lib/domain/template-diff";

const SIGN = { added: "+", removed: "−", same: " " } as const;
const WORD = { added: "Added: ", removed: "Removed: ", same: "" } as const;
const TONE = {
  added: "bg-emerald-50 text-emerald-900",
  removed: "bg-red-50 text-red-900",
  same: "text-slate-600",
} as const;

/**
 * One variant's line diff. Each changed line says in words (read out) and by sign (seen) whether
 * it was added or removed, so colour is never the only cue.
 */
export function VersionDiff({ diff }: { diff: FieldDiff }) {
  return (
    <div>
      <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{diff.label}</h4>
      {diff.changed ? (
        <ol className="mt-1 overflow-x-auto rounded bg-white font-mono text-xs ring-1 ring-slate-200">
          {diff.lines.map((line, i) => {
            const Tag = line.kind === "added" ? "ins" : line.kind === "removed" ? "del" : "span";
            return (
              <li key={i} className={`flex gap-2 whitespace-pre-wrap break-words px-2 ${TONE[line.kind]}`}>
                <span aria-hidden="true" className="select-none">
                  {SIGN[line.kind]}
                </span>
                <Tag className="min-w-0">
                  {WORD[line.kind] ? <span className="sr-only">{WORD[line.kind]}</span> : null}
                  {line.text || " "}
                </Tag>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-1 text-xs text-slate-600">Unchanged.</p>
      )}
    </div>
  );
}
