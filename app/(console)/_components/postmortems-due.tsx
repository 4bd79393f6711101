import Link from "next/link";
import { SeverityBadge } from "@/components/incidents/incident-badges";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { POSTMORTEM_STATUS } from "@/lib/domain/postmortem-status";
import type { DuePostmortem } from "@/lib/server/postmortems/list-due";

/** Resolved SEV1/SEV2 incidents still owed a published postmortem, soonest due first. */
export function PostmortemsDue({ items }: { items: DuePostmortem[] }) {
  return (
    <Card title="Postmortems due" id="postmortems-due">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Every resolved SEV1 and SEV2 incident has a published postmortem.</p>
      ) : (
        <Table
          caption="Resolved SEV1 and SEV2 incidents without a published postmortem"
          head={["Incident", "Postmortem", "Due"]}
        >
          {items.map((item) => (
            <tr key={item.incident.id}>
              <Td>
                <Link
                  prefetch={false}
                  href={`/incidents/${item.incident.number}`}
                  className="text-indigo-700 hover:underline"
                >
                  #{item.incident.number} {item.incident.title}
                </Link>{" "}
                <SeverityBadge severity={item.incident.severity} />
              </Td>
              <Td>
                {item.postmortem ? (
                  <Link
                    prefetch={false}
                    href={`/postmortems/${item.postmortem.id}`}
                    className="text-indigo-700 hover:underline"
                  >
                    {POSTMORTEM_STATUS[item.postmortem.status].label}
                    <span className="sr-only"> postmortem of #{item.incident.number}</span>
                  </Link>
                ) : (
                  "Not started"
                )}
              </Td>
              <Td className={item.overdue ? "font-medium text-red-700" : undefined}>
                <LocalTime value={item.dueAt} />
                {item.overdue ? " (overdue)" : null}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
