import { Countdown } from "@/components/live/countdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { rtoState } from "@/lib/domain/rto";
import { ByDeadline } from "../../_components/by-deadline";

type Component = { id: string; name: string; rtoMinutes: number; restoredAt: Date | null };

/** One row per affected component: its RTO, the deadline it implies, and time left (or how late). */
export function RtoPanel({ startedAt, components, now }: { startedAt: Date; components: Component[]; now: Date }) {
  return (
    <Card title="Recovery time objectives" id="rto">
      {components.length === 0 ? (
        <p className="text-sm text-slate-600">No components are marked as affected.</p>
      ) : (
        <Table
          caption="Recovery time objective per affected component"
          head={["Component", "RTO", "Deadline", "Time left", "State"]}
        >
          {components.map((c) => {
            const rto = rtoState(startedAt, c.rtoMinutes, c.restoredAt, now);
            return (
              <tr key={c.id}>
                <Td className="font-medium">{c.name}</Td>
                <Td>{formatMinutes(c.rtoMinutes)}</Td>
                <Td>
                  <LocalTime value={rto.deadline} />
                </Td>
                <Td>
                  <Countdown
                    deadline={rto.deadline.toISOString()}
                    frozenAt={c.restoredAt?.toISOString()}
                    label={`RTO ${c.name}`}
                  />
                </Td>
                <Td>
                  {c.restoredAt ? (
                    <Badge tone={rto.breached ? "red" : "green"}>
                      {rto.breached ? "Restored late" : "Restored in time"}
                    </Badge>
                  ) : (
                    <ByDeadline
                      deadline={rto.deadline.toISOString()}
                      initiallyPast={rto.breached}
                      before={<Badge tone="amber">Not restored</Badge>}
                      after={<Badge tone="red">RTO breached</Badge>}
                    />
                  )}
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
    </Card>
  );
}
