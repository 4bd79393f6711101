import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { SEVERITY_LABEL, SEVERITY_TONE } from "@/components/ui/labels";
import { Table, Td } from "@/components/ui/table";
import { SEVERITIES, windowLabel } from "@/lib/domain/matrix";
import { getMatrix } from "@/lib/server/matrix/get-matrix";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Notification matrix" };

export default async function MatrixPage() {
  const ctx = await requirePageCtx("plan:read");
  const { rules, groups } = await getMatrix(ctx);
  return (
    <>
      <PageTitle description="Who must hear about an incident, and by when, for each severity.">Notification matrix</PageTitle>
      <div className="grid gap-6 xl:grid-cols-3">
        {SEVERITIES.map((severity) => (
          <Card key={severity} title={SEVERITY_LABEL[severity]} id={`matrix-${severity}`}>
            <Table caption={`Notification deadlines for ${severity}`} head={["Deadline", "Group", "Template", "Sending"]}>
              {rules
                .filter((r) => r.severity === severity)
                .map((r) => (
                  <tr key={r.id}>
                    <Td><Badge tone={SEVERITY_TONE[severity]}>{windowLabel(r.withinMinutes)}</Badge></Td>
                    <Td>{r.group.name}</Td>
                    <Td>{r.template?.name ?? "—"}</Td>
                    <Td>{r.autoSend ? "Automatic" : "Remind commander"}</Td>
                  </tr>
                ))}
            </Table>
          </Card>
        ))}
      </div>
      <div className="mt-6">
        <Card title="Stakeholder groups" id="groups">
          <Table caption="Stakeholder groups and members" head={["Group", "Key", "Members"]}>
            {groups.map((g) => (
              <tr key={g.id}>
                <Td>{g.name}</Td>
                <Td className="font-mono text-xs">{g.key}</Td>
                <Td>
                  {g.members
                    ? g.members.map((m) => m.user?.email ?? m.email ?? m.webhookUrl ?? m.label).join(", ") || "No members"
                    : "Hidden for your role"}
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
