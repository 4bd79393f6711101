import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { CHANNEL_LABEL, DELIVERY_STATUS, isFailing } from "@/lib/domain/delivery";
import type { InternalIncidentView } from "@/lib/server/incidents/get";
import { RetryDeliveryButton } from "./retry-delivery-button";

type Props = { view: InternalIncidentView; canRetry: boolean };

/** Every message sent for this incident, one per recipient and channel; failures can be retried. */
export function DeliveriesPanel({ view, canRetry }: Props) {
  const groupOf = new Map(view.obligations.map((o) => [o.id, o.group.name]));
  const levelOf = new Map(view.escalation?.levels.flatMap((l) => l.pages.map((p) => [p.id, l.name] as const)) ?? []);
  const purpose = (d: Props["view"]["deliveries"][number]) => {
    if (d.pageId) return `Page: ${levelOf.get(d.pageId) ?? "escalation"}`;
    if (d.idempotencyKey.startsWith("update:")) return "Status update";
    if (d.idempotencyKey.startsWith("update-reminder:")) return "Reminder: next update";
    const group = d.obligationId ? (groupOf.get(d.obligationId) ?? "group") : null;
    if (group && d.idempotencyKey.startsWith("reminder:")) return `Reminder: notify ${group}`;
    return group ? `Notify: ${group}` : "Message";
  };
  const failed = view.deliveries.filter((d) => isFailing(d.status)).length;
  return (
    <Card title="Deliveries" id="deliveries" action={failed ? <Badge tone="red">{failed} failing</Badge> : undefined}>
      {view.deliveries.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing has been sent yet.</p>
      ) : (
        <Table
          caption="Messages sent for this incident"
          head={["For", "Channel", "Recipient", "Status", "Attempts", "Last error", ""]}
        >
          {view.deliveries.map((d) => (
            <tr key={d.id}>
              <Td>
                <span title={d.subject}>{purpose(d)}</span>
              </Td>
              <Td>{CHANNEL_LABEL[d.channel]}</Td>
              <Td className="break-all">{d.recipient}</Td>
              <Td>
                <Badge tone={DELIVERY_STATUS[d.status].tone}>{DELIVERY_STATUS[d.status].label}</Badge>
                {d.status === "SENT" && d.sentAt ? (
                  <span className="block text-xs text-slate-500">
                    <LocalTime value={d.sentAt} />
                  </span>
                ) : d.status === "FAILED" && d.nextAttemptAt ? (
                  <span className="block text-xs text-slate-500">
                    Next try <LocalTime value={d.nextAttemptAt} />
                  </span>
                ) : null}
                {d.possibleDuplicates > 0 ? (
                  <span
                    className="block text-xs text-amber-800"
                    title="A worker stopped mid-send before recording the outcome; every copy has the same Message-ID / Idempotency-Key"
                  >
                    May have arrived up to {d.possibleDuplicates + 1}×
                  </span>
                ) : null}
              </Td>
              <Td>{d.attempts}</Td>
              <Td className="max-w-xs text-xs text-red-800">{d.lastError ?? ""}</Td>
              <Td>
                {canRetry && isFailing(d.status) ? (
                  <RetryDeliveryButton deliveryId={d.id} recipient={d.recipient} number={view.incident.number} />
                ) : null}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
