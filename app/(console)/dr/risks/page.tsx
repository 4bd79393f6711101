import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LEVEL_TONE } from "@/lib/domain/level";
import { Table, Td } from "@/components/ui/table";
import { listRisks } from "@/lib/server/dr/lists";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Risks" };

export default async function RisksPage() {
  const ctx = await requirePageCtx("plan:read");
  const { risks, scenarios } = await listRisks(ctx);
  return (
    <>
      <PageTitle description="The risk assessment matrix and the failure mode analysis.">Risks</PageTitle>
      <div className="space-y-6">
        <Card title="Risk assessment matrix" id="risks">
          <Table caption="High-impact scenarios" head={["Risk", "Probability", "Impact", "Mitigation priority"]}>
            {risks.map((r) => (
              <tr key={r.id}>
                <Td>{r.title}</Td>
                <Td>
                  <Badge tone={LEVEL_TONE[r.probability]}>{r.probability}</Badge>
                </Td>
                <Td>
                  <Badge tone={LEVEL_TONE[r.impact]}>{r.impact}</Badge>
                </Td>
                <Td>
                  <Badge tone={LEVEL_TONE[r.mitigationPriority]}>{r.mitigationPriority}</Badge>
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title="Failure scenarios" id="scenarios">
          <Table
            caption="Failure mode analysis"
            head={["Category", "Scenario", "Probability", "Impact", "Detection", "Recovery procedure"]}
          >
            {scenarios.map((s) => (
              <tr key={s.id}>
                <Td>{s.category}</Td>
                <Td>{s.name}</Td>
                <Td>
                  <Badge tone={LEVEL_TONE[s.probability]}>{s.probability}</Badge>
                </Td>
                <Td>
                  <Badge tone={LEVEL_TONE[s.impact]}>{s.impact}</Badge>
                </Td>
                <Td>{s.detectionTime}</Td>
                <Td>
                  <span className="font-mono text-xs">{s.recoveryProcedure}</span>
                  {s.runbook ? <span className="block text-xs text-slate-600">Runbook: {s.runbook.title}</span> : null}
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
