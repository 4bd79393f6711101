import Link from "next/link";
import { CHART_RANGES, type ChartRangeKey } from "@/lib/domain/slo/vocabulary";

/** Plain links, so the range changes without JavaScript and each range has its own address. */
export function RangePicker({ slug, current }: { slug: string; current: ChartRangeKey }) {
  return (
    <nav aria-label="Chart range" className="flex flex-wrap gap-2">
      {CHART_RANGES.map((r) => (
        <Link
          key={r.key}
          href={`/slo/${slug}?range=${r.key}`}
          aria-current={r.key === current ? "page" : undefined}
          aria-label={r.label}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ring-1 ${
            r.key === current
              ? "bg-indigo-600 text-white ring-indigo-600"
              : "bg-white ring-slate-300 hover:bg-slate-100"
          }`}
        >
          {r.key}
        </Link>
      ))}
    </nav>
  );
}
