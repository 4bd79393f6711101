import Link from "next/link";
import { Countdown } from "@/components/live/countdown";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import type { DueItem } from "@/lib/server/plan/due-next";

export function DueNext({ items }: { items: DueItem[] }) {
  return (
    <Card title="Due next" id="due-next">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing is due: no pending notifications or escalations.</p>
      ) : (
        <Table
          caption="The next notification and escalation deadlines across open incidents"
          head={["Due", "What", "Incident", "At"]}
        >
          {items.map((item) => (
            <tr key={`${item.kind}-${item.id}`}>
              <Td>
                <Countdown deadline={item.at.toISOString()} label={`${item.what} for #${item.incident.number}`} />
              </Td>
              <Td>{item.what}</Td>
              <Td>
                <Link
                  prefetch={false}
                  href={`/incidents/${item.incident.number}`}
                  className="text-indigo-700 hover:underline"
                >
                  #{item.incident.number} {item.incident.title}
                </Link>
              </Td>
              <Td>
                <LocalTime value={item.at} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
