import Link from "next/link";
import { BurnRateChart } from "@/components/charts/burn-rate-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatTableTime, formatValue } from "@/components/charts/format";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { attainmentFloor, objectiveLines } from "@/lib/domain/slo/chart";
import { BURN_RULES, type ChartRange } from "@/lib/domain/slo/vocabulary";
import type { Ctx } from "@/lib/server/context";
import { getSloCharts } from "@/lib/server/slo/get-charts";
import { NoSamples } from "../../_components/no-samples";

/** The charts of one SLO over one range; each a named figure with a table view and an empty state. */
export async function SloCharts({ ctx, slug, range }: { ctx: Ctx; slug: string; range: ChartRange }) {
  const { status, rows, burnDown, incidents, range: span } = await getSloCharts(ctx, slug, range);
  const { target, allowedErrorPercent } = objectiveLines(status.targetPercent);
  const domain: [number, number] = [span.from, span.to];
  const markers = incidents.map((i) => ({ from: i.from, to: i.to, label: `#${i.number}` }));
  const noData = rows.every((r) => r.total === 0) ? <NoSamples compact /> : undefined;
  const over = `over the last ${range.label}`;
  const showLatency = status.kind === "LATENCY_P95" || rows.some((r) => r.p95Ms !== null);
  const burnRows = BURN_RULES.map((rule) => {
    const v = status.verdicts.find((x) => x.rule === rule.key)!;
    return { rule: rule.label, long: v.burnLong, short: v.burnShort, factor: rule.factor, windows: rule };
  });

  return (
    <div className="space-y-6">
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <ChartFigure
          id="attainment"
          title="Attainment vs target"
          summary={`Share of good events per ${stepWords(span.stepMs)}, ${over}; target ${formatValue(target, "percent")}.`}
          empty={noData}
          chart={
            <TimeSeriesChart
              label={`${status.name}: attainment per ${stepWords(span.stepMs)} against the ${formatValue(target, "percent")} target, ${over}`}
              rows={rows}
              dataKey="attainment"
              name="Attainment"
              format="percent"
              domain={domain}
              yDomain={[attainmentFloor(rows, target), 100]}
              thresholds={[{ y: target, label: `target ${formatValue(target, "percent")}` }]}
              markers={markers}
            />
          }
          table={{
            caption: `${status.name}: attainment per ${stepWords(span.stepMs)}`,
            head: ["Time", "Good", "Total", "Attainment"],
            rows: rows.map((r) => [
              formatTableTime(r.t),
              String(r.good),
              String(r.total),
              formatValue(r.attainment, "percent"),
            ]),
          }}
        />
        <ChartFigure
          id="burn-down"
          title="Error budget burn-down"
          summary={`Budget left over the compliance window (${formatValue(status.budget.totalMinutes, "minutes")} in all), from its start to now.`}
          empty={burnDown.length === 0 ? <NoBudget totalMinutes={status.budget.totalMinutes} /> : undefined}
          chart={
            <TimeSeriesChart
              label={`${status.name}: error budget left over the compliance window, ending at ${formatValue(burnDown.at(-1)?.remainingPercent, "percent")}`}
              rows={burnDown}
              dataKey="remainingPercent"
              name="Budget left"
              format="percent"
              domain={[status.span.from.getTime(), status.span.to.getTime()]}
              yDomain={[Math.min(0, Math.floor(Math.min(...burnDown.map((b) => b.remainingPercent)))), 100]}
              thresholds={[{ y: 0, label: "budget spent" }]}
              step
            />
          }
          table={{
            caption: `${status.name}: error budget left`,
            head: ["Time", "Budget left", "Minutes left"],
            rows: burnDown.map((b) => [
              formatTableTime(b.t),
              formatValue(b.remainingPercent, "percent"),
              formatValue(b.remainingMinutes, "minutes"),
            ]),
          }}
        />
        <ChartFigure
          id="burn-rates"
          title="Burn rates now vs alert thresholds"
          summary="Each rule fires when both its long and its short window burn at least its factor."
          empty={burnRows.every((r) => r.long === null && r.short === null) ? <NoSamples compact /> : undefined}
          chart={
            <BurnRateChart
              label={`${status.name}: burn rate of each alert rule's long and short window against the factor that fires it`}
              rows={burnRows.map(({ windows: _windows, ...r }) => r)}
            />
          }
          table={{
            caption: `${status.name}: burn rates now`,
            head: ["Rule", "Long window", "Short window", "Fires at"],
            rows: burnRows.map((r) => [
              r.rule,
              `${formatValue(r.long, "factor")} (${r.windows.long})`,
              `${formatValue(r.short, "factor")} (${r.windows.short})`,
              formatValue(r.factor, "factor"),
            ]),
          }}
        />
        {showLatency ? (
          <ChartFigure
            id="latency"
            title={`p95 latency vs ${formatValue(status.thresholdMs, "ms")}`}
            summary={`Traffic-weighted p95 per ${stepWords(span.stepMs)}, ${over}.`}
            empty={rows.every((r) => r.p95Ms === null) ? <NoSamples compact /> : undefined}
            chart={
              <TimeSeriesChart
                label={`${status.name}: p95 latency per ${stepWords(span.stepMs)} against ${formatValue(status.thresholdMs, "ms")}, ${over}`}
                rows={rows}
                dataKey="p95Ms"
                name="p95"
                format="ms"
                domain={domain}
                yDomain={[0, "auto"]}
                thresholds={
                  status.thresholdMs === null
                    ? []
                    : [{ y: status.thresholdMs, label: `threshold ${formatValue(status.thresholdMs, "ms")}` }]
                }
                markers={markers}
              />
            }
            table={{
              caption: `${status.name}: p95 latency`,
              head: ["Time", "p95"],
              rows: rows.map((r) => [formatTableTime(r.t), formatValue(r.p95Ms, "ms")]),
            }}
          />
        ) : null}
        {status.kind === "ERROR_RATE" ? (
          <ChartFigure
            id="error-rate"
            title={`Error rate vs ${formatValue(allowedErrorPercent, "percent")}`}
            summary={`Share of failed requests per ${stepWords(span.stepMs)}, ${over}.`}
            empty={noData}
            chart={
              <TimeSeriesChart
                label={`${status.name}: error rate per ${stepWords(span.stepMs)} against ${formatValue(allowedErrorPercent, "percent")}, ${over}`}
                rows={rows}
                dataKey="errorRate"
                name="Error rate"
                format="percent"
                domain={domain}
                yDomain={[0, "auto"]}
                thresholds={[{ y: allowedErrorPercent, label: `limit ${formatValue(allowedErrorPercent, "percent")}` }]}
                markers={markers}
              />
            }
            table={{
              caption: `${status.name}: error rate`,
              head: ["Time", "Failed", "Total", "Error rate"],
              rows: rows.map((r) => [
                formatTableTime(r.t),
                String(r.bad),
                String(r.total),
                formatValue(r.errorRate, "percent"),
              ]),
            }}
          />
        ) : null}
      </div>
      <section aria-labelledby="range-incidents">
        <h2 id="range-incidents" className="text-sm font-semibold text-slate-900">
          Incidents in this range
        </h2>
        {incidents.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">None of this service&apos;s incidents overlap the range.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {incidents.map((i) => (
              <li key={i.id}>
                <Link href={`/incidents/${i.number}`} className="text-indigo-700 underline">
                  #{i.number} {i.title}
                </Link>{" "}
                <span className="text-slate-600">
                  ({formatTableTime(i.startedAt.getTime())} –{" "}
                  {i.resolvedAt ? formatTableTime(i.resolvedAt.getTime()) : "ongoing"})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function stepWords(stepMs: number): string {
  const minutes = Math.round(stepMs / 60_000);
  if (minutes === 1) return "minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? "hour" : `${hours} hours`;
}

function NoBudget({ totalMinutes }: { totalMinutes: number }) {
  if (totalMinutes === 0) return <p>A 100 % objective has no error budget: any bad event breaches it.</p>;
  return <NoSamples compact />;
}
