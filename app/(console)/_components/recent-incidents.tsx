import Link from "next/link";
import { DrillBadge, SeverityStatusCells } from "@/components/incidents/incident-badges";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import type { recentIncidents } from "@/lib/server/plan/recent-incidents";

type Incident = Awaited<ReturnType<typeof recentIncidents>>[number];

export function RecentIncidents({ incidents }: { incidents: Incident[] }) {
  return (
    <Card title="Recent incidents" id="incidents">
      <Table caption="Recent incidents" head={["#", "Title", "Severity", "Status", "Started"]}>
        {incidents.map((i) => (
          <tr key={i.id}>
            <Td>
              <Link prefetch={false} href={`/incidents/${i.number}`} className="text-indigo-700 hover:underline">
                #{i.number}
              </Link>
            </Td>
            <Td>
              {i.title} <DrillBadge drill={i.drill} />
            </Td>
            <SeverityStatusCells severity={i.severity} status={i.status} />
            <Td>
              <LocalTime value={i.startedAt} />
            </Td>
          </tr>
        ))}
      </Table>
      {incidents.length === 0 ? <p className="text-sm text-slate-600">No incidents yet.</p> : null}
    </Card>
  );
}
