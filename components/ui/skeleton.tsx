/** A panel still loading: announced by name (role="status"), drawn as grey bars. */
export function Skeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="animate-pulse rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <div className="mb-4 h-4 w-1/3 rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="mb-2 h-3 rounded bg-slate-100" style={{ width: `${90 - i * 12}%` }} />
      ))}
      <span className="sr-only">{label}…</span>
    </div>
  );
}
