/** A search snippet: matched words as <mark>, everything as text (React escapes it; no HTML is parsed). */
export function Snippet({ parts }: { parts: { text: string; match: boolean }[] }) {
  return (
    <p className="mt-1 break-words text-xs text-slate-600">
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
