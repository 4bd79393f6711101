import { ChartFigure } from "@/components/charts/chart-figure";
import { quarterLabel } from "@/lib/domain/quarter";
import { READINESS_METRICS, type QuarterReadiness } from "@/lib/domain/readiness";
import { ReadinessChart } from "./readiness-chart";

// The plan-effectiveness percentages trend well on one axis; the counted metrics are in the table.
const CHARTED = ["successful_recoveries", "rto_achievement", "rpo_achievement", "plan_accuracy", "testing_coverage"];

/** Every metric over the last five quarters: a chart of the main percentages and a table of all. */
export function ReadinessTrend({ quarters }: { quarters: QuarterReadiness[] }) {
  const series = READINESS_METRICS.filter((m) => CHARTED.includes(m.key)).map((m) => ({ key: m.key, name: m.name }));
  const rows = quarters.map((q) => ({
    quarter: quarterLabel(q.quarter),
    ...Object.fromEntries(q.metrics.map((m) => [m.key, m.figure?.value ?? null])),
  }));
  const cell = (q: QuarterReadiness, key: string) => {
    const f = q.metrics.find((m) => m.key === key)?.figure;
    if (!f) return "not tracked";
    return f.value === null ? "no data" : `${f.value}% (${f.numerator} of ${f.denominator})`;
  };
  const empty = rows.every((r) => series.every((s) => r[s.key as keyof typeof r] === null))
    ? "No DR test or runbook run recorded in the last five quarters: record a DR test run to start the trend."
    : undefined;
  return (
    <ChartFigure
      id="readiness-trend"
      title="Readiness by quarter"
      summary={`${quarterLabel(quarters[0].quarter)} to ${quarterLabel(quarters.at(-1)!.quarter)} (current quarter to date).`}
      empty={empty}
      chart={<ReadinessChart label="Readiness metrics per quarter, in percent" rows={rows} series={series} />}
      table={{
        caption: "Readiness metrics per quarter",
        head: ["Metric", ...quarters.map((q) => quarterLabel(q.quarter))],
        rows: READINESS_METRICS.map((m) => [m.name, ...quarters.map((q) => cell(q, m.key))]),
      }}
    />
  );
}
