import { Countdown } from "@/components/live/countdown";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { snapshotLabel } from "@/lib/domain/escalation-snapshot";
import type { InternalIncidentView } from "@/lib/server/incidents/get";

type Props = { escalation: InternalIncidentView["escalation"]; acknowledgedAt: Date | null; resolved: boolean };

/** Where escalation stands, in one line: the incident page's first screen shows it too. */
export function EscalationHeadline({ escalation, acknowledgedAt, resolved }: Props) {
  const next = escalation?.nextEscalation;
  if (acknowledgedAt) {
    return (
      <p className="text-sm text-emerald-800">
        Acknowledged <LocalTime value={acknowledgedAt} />: escalation stopped.
      </p>
    );
  }
  if (resolved) return <p className="text-sm text-slate-700">Resolved before anyone acknowledged: escalation ended.</p>;
  if (next) {
    return (
      <p className="text-sm font-medium text-amber-900">
        Next escalation: {next.levelName ?? "next level"} paged in{" "}
        <Countdown deadline={next.runAt.toISOString()} label="Next escalation" />
      </p>
    );
  }
  const paged = escalation?.levels.some((l) => l.pages.length > 0);
  return (
    <p className="text-sm font-medium text-red-700">
      {paged ? "Every level has been paged and nobody has acknowledged." : "No escalation is scheduled."}
    </p>
  );
}

/** Who has been paged, who answered, and when the next level will be. */
export function EscalationPanel(props: Props) {
  const { escalation, acknowledgedAt, resolved } = props;
  const stopped = acknowledgedAt !== null || resolved;
  return (
    <Card title="Escalation" id="escalation">
      <div className="space-y-3">
        <EscalationHeadline {...props} />
        {!escalation ? (
          <p className="text-sm text-slate-600">This incident has no escalation policy.</p>
        ) : (
          <p className="text-sm text-slate-600">Escalation policy: {snapshotLabel(escalation)}, as declared</p>
        )}
        {!escalation ? null : (
          <Table
            caption={`Escalation policy ${escalation.name}`}
            head={["Level", "Targets", "Window", "This incident"]}
          >
            {escalation.levels.map((level) => {
              const next = escalation.nextEscalation?.position === level.position ? escalation.nextEscalation : null;
              return (
                <tr key={level.id}>
                  <Td>
                    <span className="font-medium">
                      {level.position}. {level.name}
                    </span>
                    {level.roleLabel && level.roleLabel !== level.name ? (
                      <span className="block text-xs text-slate-500">{level.roleLabel}</span>
                    ) : null}
                  </Td>
                  <Td>
                    {level.targets
                      .map((t) => t.label || t.user?.name || t.email)
                      .filter(Boolean)
                      .join(", ") || <span className="text-slate-500">nobody</span>}
                  </Td>
                  <Td>{formatMinutes(level.escalateAfterMinutes)}</Td>
                  <Td>
                    <ul className="space-y-1">
                      {level.pages.map((p) => (
                        <li key={p.id}>
                          Paged <LocalTime value={p.pagedAt} />
                          {p.round > 0 ? ` (round ${p.round + 1})` : ""}
                          {p.acknowledgedAt ? (
                            <span className="block text-emerald-800">
                              Acknowledged <LocalTime value={p.acknowledgedAt} />
                              {p.acknowledgedBy ? ` by ${p.acknowledgedBy.name}` : ""}
                            </span>
                          ) : (
                            <span className="block text-amber-800">No answer</span>
                          )}
                        </li>
                      ))}
                      {next ? (
                        <li className="text-amber-900">
                          Pages in <Countdown deadline={next.runAt.toISOString()} label={`${level.name} paged`} />
                        </li>
                      ) : level.pages.length === 0 ? (
                        <li className="text-slate-500">{stopped ? "Not needed" : "Waiting"}</li>
                      ) : null}
                    </ul>
                  </Td>
                </tr>
              );
            })}
          </Table>
        )}
      </div>
    </Card>
  );
}
