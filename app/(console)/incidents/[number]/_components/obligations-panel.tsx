import { Countdown } from "@/components/live/countdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { OBLIGATION_STATUS } from "@/lib/domain/delivery";
import type { InternalIncidentView } from "@/lib/server/incidents/get";
import { ByDeadline } from "../../_components/by-deadline";
import { SendObligationButton } from "./send-obligation-button";

function ObligationBadge({ status }: { status: keyof typeof OBLIGATION_STATUS }) {
  return <Badge tone={OBLIGATION_STATUS[status].tone}>{OBLIGATION_STATUS[status].label}</Badge>;
}

type Props = { obligations: InternalIncidentView["obligations"]; number: number; canSend: boolean; now: Date };

/** What the notification matrix says is owed, to whom, by when; the overdue ones in red. */
export function ObligationsPanel({ obligations, number, canSend, now }: Props) {
  // Cancelled ones (a severity change re-planned them) stay visible but last.
  const rows = [
    ...obligations.filter((o) => o.status !== "CANCELLED"),
    ...obligations.filter((o) => o.status === "CANCELLED"),
  ];
  return (
    <Card title="Notifications owed" id="obligations">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">The notification matrix owes nothing for this severity.</p>
      ) : (
        <Table caption="Notifications owed under the matrix" head={["Group", "Due", "Time left", "Status", ""]}>
          {rows.map((o) => (
            <tr key={o.id} className={o.status === "CANCELLED" ? "text-slate-500" : undefined}>
              <Td className="font-medium">{o.group.name}</Td>
              <Td>
                <LocalTime value={o.dueAt} />
                <span className="block text-xs text-slate-500">
                  {o.autoSend ? "Sent automatically when due" : "Sent by the commander"}
                </span>
                {o.remindedAt && o.status === "PENDING" ? (
                  <span className="block text-xs text-amber-800">
                    Reminder sent <LocalTime value={o.remindedAt} />
                  </span>
                ) : null}
              </Td>
              <Td>
                {o.status === "PENDING" ? (
                  <Countdown deadline={o.dueAt.toISOString()} label={`Notify ${o.group.name}`} />
                ) : (
                  "—"
                )}
              </Td>
              <Td>
                {o.status === "SENT" ? (
                  <>
                    <ObligationBadge status="SENT" />
                    {o.sentAt ? (
                      <span className="block text-xs text-slate-500">
                        <LocalTime value={o.sentAt} />
                      </span>
                    ) : null}
                  </>
                ) : o.status === "CANCELLED" ? (
                  <ObligationBadge status="CANCELLED" />
                ) : (
                  <ByDeadline
                    deadline={o.dueAt.toISOString()}
                    initiallyPast={o.dueAt <= now}
                    before={<ObligationBadge status="PENDING" />}
                    after={<ObligationBadge status="OVERDUE" />}
                  />
                )}
              </Td>
              <Td>
                {o.status === "PENDING" && canSend ? (
                  <SendObligationButton obligationId={o.id} group={o.group.name} number={number} />
                ) : null}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
