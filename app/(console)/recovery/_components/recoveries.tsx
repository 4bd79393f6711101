import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { formatSpan } from "@/lib/domain/postmortem/key-times";
import type { listRecoveries } from "@/lib/server/recovery/list-recoveries";
import { ChartFigure } from "./chart-figure";
import { RecoveryChart, type RecoveryPoint } from "./recovery-chart";

type Recoveries = Awaited<ReturnType<typeof listRecoveries>>;

/** Per component, each resolved incident's time to recover against the component's RTO. */
export function Recoveries({ data, timeZone }: { data: Recoveries; timeZone: string }) {
  const { components, recoveries } = data;
  const byComponent = components
    .map((component) => ({ component, rows: recoveries.filter((r) => r.componentId === component.id) }))
    .filter((c) => c.rows.length > 0);
  return (
    <Card title="Time to recover vs RTO" id="rto-history">
      {byComponent.length === 0 ? (
        <p className="text-sm text-slate-600">
          No resolved incident in the last 12 months had affected components. Mark affected components on an incident
          and mark each restored when it is back: once the incident is resolved, its time to recover shows here against
          the component&apos;s RTO.
        </p>
      ) : (
        <div className="space-y-8">
          {byComponent.map(({ component, rows }) => {
            const point = (r: (typeof rows)[number]): RecoveryPoint => ({
              t: r.incident.startedAt.getTime(),
              minutes: r.recoverMs / 60_000,
              incident: `#${r.incident.number}`,
            });
            const metCount = rows.filter((r) => r.met).length;
            const name = `Time to recover vs RTO (${formatMinutes(component.rtoMinutes)}) for ${component.name}, per resolved incident`;
            return (
              <section key={component.id} aria-labelledby={`recover-${component.id}`} className="min-w-0">
                <h3 id={`recover-${component.id}`} className="text-sm font-semibold text-slate-900">
                  {component.name}
                </h3>
                <p className="mb-2 text-xs text-slate-600">
                  {metCount} of {rows.length} recoveries within the RTO of {formatMinutes(component.rtoMinutes)}.
                </p>
                <ChartFigure
                  name={name}
                  empty={null}
                  caption="Dashed line: the RTO. Circles recovered within it, triangles breached it."
                  chart={
                    <RecoveryChart
                      met={rows.filter((r) => r.met).map(point)}
                      breached={rows.filter((r) => !r.met).map(point)}
                      rtoMinutes={component.rtoMinutes}
                      timeZone={timeZone}
                    />
                  }
                  table={
                    <Table
                      caption={name}
                      head={["Incident", "Started", "Time to recover", "RTO", "Result", "Measured to"]}
                    >
                      {rows.map((r) => (
                        <tr key={r.incident.id}>
                          <Td>
                            <Link
                              prefetch={false}
                              href={`/incidents/${r.incident.number}`}
                              className="text-indigo-700 hover:underline"
                            >
                              #{r.incident.number} {r.incident.title}
                            </Link>
                          </Td>
                          <Td>
                            <LocalTime value={r.incident.startedAt} />
                          </Td>
                          <Td>{formatSpan(r.recoverMs)}</Td>
                          <Td>{formatMinutes(component.rtoMinutes)}</Td>
                          <Td>
                            <Badge tone={r.met ? "green" : "red"}>
                              {r.met ? "Met" : `Breached by ${formatSpan(r.recoverMs - r.rtoMs)}`}
                            </Badge>
                          </Td>
                          <Td>{r.byRestoration ? "Component restored" : "Incident resolved"}</Td>
                        </tr>
                      ))}
                    </Table>
                  }
                />
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}
