import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { listDrTests } from "@/lib/server/dr/lists";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "DR tests" };

const minutes = (m: number | null) => (m === null ? "—" : formatMinutes(m));

export default async function DrTestsPage() {
  const ctx = await requirePageCtx("plan:read");
  const tests = await listDrTests(ctx);
  return (
    <>
      <PageTitle description="The testing schedule and the recovery scenarios with their expected RTO and RPO.">
        DR tests
      </PageTitle>
      <Card title="Tests and recent runs" id="dr-tests">
        <Table
          caption="DR tests"
          head={["Test", "Cadence", "Method", "Expected RTO / RPO", "Success criteria", "Last run"]}
        >
          {tests.map((t) => {
            const last = t.runs[0];
            return (
              <tr key={t.id}>
                <Td>{t.name}</Td>
                <Td>{t.cadence.toLowerCase().replace("_", " ")}</Td>
                <Td className="font-mono text-xs">{t.method}</Td>
                <Td>
                  {minutes(t.expectedRtoMinutes)} / {minutes(t.expectedRpoMinutes)}
                </Td>
                <Td className="font-mono text-xs">{t.successCriteria || "—"}</Td>
                <Td>
                  {last ? (
                    <>
                      <LocalTime value={last.startedAt} />{" "}
                      <Badge tone={last.passed ? "green" : last.passed === false ? "red" : "gray"}>
                        {last.passed ? "passed" : last.passed === false ? "failed" : "open"}
                      </Badge>
                      <span className="block text-xs text-slate-600">
                        RTO {minutes(last.actualRtoMinutes)} · RPO {minutes(last.actualRpoMinutes)}
                      </span>
                    </>
                  ) : (
                    "never"
                  )}
                </Td>
              </tr>
            );
          })}
        </Table>
      </Card>
    </>
  );
}
