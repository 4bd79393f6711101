import Link from "next/link";
import { Countdown } from "@/components/live/countdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { SEVERITY_LABEL, SEVERITY_TONE } from "@/lib/domain/severity";
import type { listActiveRto } from "@/lib/server/recovery/list-active-rto";
import { ByDeadline } from "../../incidents/_components/by-deadline";

type ActiveIncident = Awaited<ReturnType<typeof listActiveRto>>[number];

/** Each open incident's affected components, counting down to their RTO; past it, how late. */
export function ActiveRto({ incidents }: { incidents: ActiveIncident[] }) {
  return (
    <Card title="RTO countdowns of active incidents" id="rto-active">
      {incidents.length === 0 ? (
        <p className="text-sm text-slate-600">
          No open incidents. When one is declared, mark its affected components on the incident page and each
          component&apos;s recovery time objective counts down here.
        </p>
      ) : (
        <div className="space-y-6">
          {incidents.map((incident) => (
            <section key={incident.id} aria-labelledby={`rto-incident-${incident.number}`}>
              <h3 id={`rto-incident-${incident.number}`} className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                <Link
                  prefetch={false}
                  href={`/incidents/${incident.number}#rto`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  #{incident.number} {incident.title}
                </Link>
                <Badge tone={SEVERITY_TONE[incident.severity]}>{SEVERITY_LABEL[incident.severity]}</Badge>
                <span className="text-xs text-slate-600">
                  started <LocalTime value={incident.startedAt} />
                </span>
              </h3>
              {incident.components.length === 0 ? (
                <p className="text-sm text-slate-600">
                  No components are marked as affected.{" "}
                  <Link prefetch={false} href={`/incidents/${incident.number}`} className="text-indigo-700 underline">
                    Mark them on the incident
                  </Link>{" "}
                  to start their RTO countdowns.
                </p>
              ) : (
                <Table
                  caption={`RTO countdowns for incident #${incident.number}`}
                  head={["Component", "Time left", "State", "RTO", "Deadline"]}
                >
                  {incident.components.map((c) => (
                    <tr key={c.id}>
                      <Td className="font-medium">{c.name}</Td>
                      <Td>
                        <Countdown
                          deadline={c.rto.deadline.toISOString()}
                          frozenAt={c.restoredAt?.toISOString()}
                          label={`RTO ${c.name}, incident #${incident.number}`}
                          overdueText="breached by"
                        />
                      </Td>
                      <Td>
                        {c.restoredAt ? (
                          <Badge tone={c.rto.breached ? "red" : "green"}>
                            {c.rto.breached ? "Restored late" : "Restored in time"}
                          </Badge>
                        ) : (
                          <ByDeadline
                            deadline={c.rto.deadline.toISOString()}
                            initiallyPast={c.rto.breached}
                            before={<Badge tone="amber">Recovering</Badge>}
                            after={<Badge tone="red">RTO breached</Badge>}
                          />
                        )}
                      </Td>
                      <Td>{formatMinutes(c.rtoMinutes)}</Td>
                      <Td>
                        <LocalTime value={c.rto.deadline} />
                      </Td>
                    </tr>
                  ))}
                </Table>
              )}
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
