import { formatValue } from "@/components/charts/format";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { attainmentTone, budgetTone } from "@/lib/domain/slo/tone";
import type { SloStatus } from "@/lib/server/slo/list-status";

const WINDOW_WORDS = (s: SloStatus) => (s.window === "ROLLING" ? `last ${s.windowDays} days` : "this calendar month");

/** The SLO's standing over its compliance window: attainment vs target, budget left, last sample. */
export function SloFigures({ status }: { status: SloStatus }) {
  const { budget } = status;
  return (
    <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">Attainment ({WINDOW_WORDS(status)})</dt>
        <dd className="mt-0.5 flex flex-wrap items-baseline gap-2">
          <span className="text-lg font-semibold tabular-nums" data-testid="slo-attainment">
            {status.attainment === null ? "no data" : formatValue(status.attainment, "percent")}
          </span>
          <Badge tone={attainmentTone(status.attainment, status.targetPercent)}>
            target {formatValue(status.targetPercent, "percent")}
          </Badge>
        </dd>
        <dd className="text-xs text-slate-600 tabular-nums">
          {status.compliance.total === 0
            ? "no events in the window"
            : `${status.compliance.total - status.compliance.good} bad of ${status.compliance.total} events`}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">Error budget left</dt>
        <dd className="mt-0.5 flex flex-wrap items-baseline gap-2">
          <span className="text-lg font-semibold tabular-nums" data-testid="slo-budget">
            {budget.remainingMinutes === null ? "no data" : formatValue(budget.remainingMinutes, "minutes")}
          </span>
          {budget.remainingFraction !== null ? (
            <Badge tone={budgetTone(budget.remainingFraction)}>
              {formatValue(budget.remainingFraction * 100, "percent")}
            </Badge>
          ) : null}
        </dd>
        <dd className="text-xs text-slate-600 tabular-nums">
          of {formatValue(budget.totalMinutes, "minutes")}
          {budget.totalMinutes === 0 ? " (a 100 % objective allows no bad events)" : ""}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">Last sample</dt>
        <dd className="mt-0.5">
          {status.lastSampleAt ? <LocalTime value={status.lastSampleAt} /> : "none yet"}
          {status.missing.missing ? (
            <span className="ml-2">
              <Badge tone="amber">No data</Badge>
            </span>
          ) : null}
        </dd>
        {status.missing.missing ? <dd className="text-xs text-slate-600">{status.missing.reason}</dd> : null}
      </div>
    </dl>
  );
}
