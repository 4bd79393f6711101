import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { MttxStat, MttxSummary } from "@/lib/domain/mttx";
import { formatSpan } from "@/lib/domain/postmortem/key-times";
import { SEVERITIES, SEVERITY_LABEL } from "@/lib/domain/severity";
import { ChartFigure } from "./chart-figure";
import { MttxChart, type MttxRow } from "./mttx-chart";

type Measure = { key: "mttaMs" | "mttrMs"; count: "acknowledged" | "resolved"; title: string; what: string };

const MEASURES: Measure[] = [
  {
    key: "mttaMs",
    count: "acknowledged",
    title: "Mean time to acknowledge (MTTA)",
    what: "from detection to the first acknowledgement",
  },
  {
    key: "mttrMs",
    count: "resolved",
    title: "Mean time to recover (MTTR)",
    what: "from the start of impact to resolution",
  },
];

/** "12 min (3)": a mean and how many incidents it is the mean of; a dash when none. */
function cell(stat: MttxStat, m: Measure) {
  const value = stat[m.key];
  return value === null ? "—" : `${formatSpan(value)} (${stat[m.count]})`;
}

/** MTTA and MTTR per severity and month, each as a chart with its table, and the year per severity. */
export function Mttx({ summary, timeZone }: { summary: MttxSummary; timeZone: string }) {
  // From the first month with an incident: a year of empty months before it says nothing.
  const start = summary.months.findIndex((m) => m.all.incidents > 0);
  const months = start > 0 ? summary.months.slice(start) : summary.months;
  const first = months[0]?.label;
  const last = months[months.length - 1]?.label;
  return (
    <Card title="MTTA and MTTR trends" id="mttx">
      {summary.all.incidents === 0 ? (
        <p className="text-sm text-slate-600">
          No incidents from {first} to {last}. MTTA and MTTR show here once incidents are declared, acknowledged and
          resolved.
        </p>
      ) : (
        <div className="space-y-8">
          <Table
            caption={`MTTA and MTTR per severity, ${first} to ${last}`}
            head={["Severity", "Incidents", "MTTA (acknowledged)", "MTTR (resolved)"]}
          >
            {SEVERITIES.map((s) => (
              <tr key={s}>
                <Td>{SEVERITY_LABEL[s]}</Td>
                <Td>{summary.bySeverity[s].incidents}</Td>
                <Td>{cell(summary.bySeverity[s], MEASURES[0])}</Td>
                <Td>{cell(summary.bySeverity[s], MEASURES[1])}</Td>
              </tr>
            ))}
          </Table>
          {MEASURES.map((m) => {
            const name = `${m.title} per severity and month, ${first} to ${last}`;
            const rows: MttxRow[] = months.map((month) => ({
              label: month.label,
              ...Object.fromEntries(
                SEVERITIES.map((s) => {
                  const v = month.severities[s][m.key];
                  return [s, v === null ? null : v / 60_000];
                }),
              ),
            }));
            return (
              <section key={m.key} aria-labelledby={`mttx-${m.key}`} className="min-w-0">
                <h3 id={`mttx-${m.key}`} className="mb-2 text-sm font-semibold text-slate-900">
                  {m.title}
                </h3>
                <ChartFigure
                  name={name}
                  caption={`Mean ${m.what}, per month (${timeZone}) of the incident's start; a gap is a month without such incidents.`}
                  empty={
                    summary.all[m.count] === 0
                      ? m.key === "mttaMs"
                        ? "No incident in this period was acknowledged yet. Acknowledge a page or an incident to start this trend."
                        : "No incident in this period was resolved yet. Resolve an incident to start this trend."
                      : null
                  }
                  chart={<MttxChart rows={rows} />}
                  table={
                    <Table caption={name} head={["Month", ...SEVERITIES.map((s) => SEVERITY_LABEL[s]), "All"]}>
                      {months.map((month) => (
                        <tr key={month.month}>
                          <Td>{month.label}</Td>
                          {SEVERITIES.map((s) => (
                            <Td key={s}>{cell(month.severities[s], m)}</Td>
                          ))}
                          <Td>{cell(month.all, m)}</Td>
                        </tr>
                      ))}
                    </Table>
                  }
                />
              </section>
            );
          })}
          <p className="text-xs text-slate-600">
            In brackets: how many incidents each mean is over. A postmortem&apos;s corrected key times replace the
            recorded ones.
          </p>
        </div>
      )}
    </Card>
  );
}
