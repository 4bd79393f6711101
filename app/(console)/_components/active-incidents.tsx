import Link from "next/link";
import { DrillBadge, SeverityStatusCells } from "@/components/incidents/incident-badges";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { ActiveIncident } from "@/lib/server/plan/due-next";
import { Elapsed } from "@/components/live/elapsed";

export function ActiveIncidents({ incidents, total }: { incidents: ActiveIncident[]; total: number }) {
  const more = total - incidents.length;
  return (
    <Card
      title="Active incidents"
      id="active-incidents"
      action={
        <Link href="/incidents" className="text-sm font-medium text-indigo-700 hover:underline">
          All incidents
        </Link>
      }
    >
      {incidents.length === 0 ? (
        <p className="text-sm text-slate-600">No open incidents.</p>
      ) : (
        <Table caption="Open incidents, most severe first" head={["#", "Title", "Severity", "Status", "Elapsed"]}>
          {incidents.map((i) => (
            <tr key={i.id}>
              <Td>
                <Link
                  prefetch={false}
                  href={`/incidents/${i.number}`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  #{i.number}
                </Link>
              </Td>
              <Td>
                <Link prefetch={false} href={`/incidents/${i.number}`} className="hover:underline">
                  {i.title}
                </Link>{" "}
                <DrillBadge drill={i.drill} />
              </Td>
              <SeverityStatusCells severity={i.severity} status={i.status} />
              <Td>
                <Elapsed since={i.startedAt.toISOString()} label={`Incident #${i.number} open for`} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {more > 0 ? (
        <p className="mt-3 text-sm text-slate-600">
          And {more} more:{" "}
          <Link href="/incidents?status=OPEN" className="text-indigo-700 hover:underline">
            see all open incidents
          </Link>
          .
        </p>
      ) : null}
    </Card>
  );
}
