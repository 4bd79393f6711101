import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { PercentFigure } from "@/components/ui/percent";
import { Table, Td } from "@/components/ui/table";
import { getReadiness } from "@/lib/server/dr/readiness";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Disaster recovery readiness" };

export default async function ReadinessPage() {
  const ctx = await requirePageCtx("plan:read");
  const { metrics, schedule } = await getReadiness(ctx);
  return (
    <>
      <PageTitle description="The plan's metrics, computed from recorded DR tests and runbook runs.">
        Readiness
      </PageTitle>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Plan metrics" id="plan-metrics">
          <Table caption="Disaster recovery plan metrics" head={["Metric", "Measure", "Value"]}>
            {metrics.map((m) => (
              <tr key={m.id}>
                <Td>{m.name}</Td>
                <Td className="font-mono text-xs">{m.measure}</Td>
                <Td>
                  <PercentFigure figure={m.figure} />
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title="Testing schedule" id="schedule">
          <Table caption="DR testing schedule" head={["Test", "Cadence", "Last run", "State"]}>
            {schedule.map((t) => (
              <tr key={t.key}>
                <Td>{t.name}</Td>
                <Td>{t.cadence.toLowerCase().replace("_", " ")}</Td>
                <Td>{t.lastRunAt ? <LocalTime value={t.lastRunAt} /> : "never"}</Td>
                <Td>{t.overdue ? <Badge tone="red">Overdue</Badge> : <Badge tone="green">On schedule</Badge>}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
