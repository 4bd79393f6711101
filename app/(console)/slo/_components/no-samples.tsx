import Link from "next/link";

/** What to do when an SLO has nothing to show yet: the two ways samples arrive. */
export function NoSamples({ compact = false }: { compact?: boolean }) {
  const text = (
    <>
      No samples yet. Push samples with <code className="rounded bg-slate-100 px-1">POST /api/v1/sli</code> (an API
      token with the <code className="rounded bg-slate-100 px-1">sli:write</code> scope) or enable a{" "}
      <Link href="/slo/checks" className="text-indigo-700 underline">
        health check
      </Link>
      .
    </>
  );
  if (compact) return <p className="text-sm text-slate-700">{text}</p>;
  return <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">{text}</p>;
}
