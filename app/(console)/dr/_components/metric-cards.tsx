import { Badge } from "@/components/ui/badge";
import { READINESS_METRICS, STATUS_LABEL, STATUS_TONE, type MetricFigure } from "@/lib/domain/readiness";

const BORDER = {
  met: "border-l-emerald-600",
  near: "border-l-amber-500",
  missed: "border-l-red-600",
  none: "border-l-slate-300",
};

/** One card per metric: value first, then "n of m", target and status; cards stack on a phone. */
export function MetricCards({ metrics }: { metrics: MetricFigure[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Readiness this quarter">
      {metrics.map((m) => {
        const def = READINESS_METRICS.find((d) => d.key === m.key)!;
        return (
          <li
            key={m.key}
            data-metric={m.key}
            className={`min-w-0 rounded-lg border-l-4 bg-white p-4 shadow-sm ring-1 ring-slate-200 ${BORDER[m.status]}`}
          >
            <h3 className="text-sm font-medium text-slate-700">{def.name}</h3>
            <p className="mt-1 text-2xl font-semibold tabular-nums">
              {m.figure === null ? (
                <span className="text-base font-normal text-slate-600">Not tracked yet</span>
              ) : m.figure.value === null ? (
                <span className="text-base font-normal text-slate-600">No data this quarter</span>
              ) : (
                `${m.figure.value}%`
              )}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              {m.figure
                ? `${m.figure.numerator} of ${m.figure.denominator} ${def.unit}`
                : "Nothing records it in Bridge"}
              {" · "}target {def.target}%
            </p>
            <p className="mt-2">
              <Badge tone={STATUS_TONE[m.status]}>{STATUS_LABEL[m.status]}</Badge>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
