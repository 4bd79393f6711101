import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { windowLabel } from "@/lib/domain/matrix";
import { SEVERITIES, SEVERITY_LABEL, SEVERITY_TONE } from "@/lib/domain/severity";
import { can } from "@/lib/domain/roles";
import { getMatrix } from "@/lib/server/matrix/get-matrix";
import { requirePageCtx } from "@/lib/server/session";
import { listTemplates } from "@/lib/server/templates/list";
import { AddRuleForm } from "./_components/add-rule-form";
import { CreateGroupForm } from "./_components/create-group-form";
import { GroupsTable } from "./_components/groups-table";
import { RuleRow } from "./_components/rule-row";

export const metadata: Metadata = { title: "Notification matrix" };

export default async function MatrixPage() {
  const ctx = await requirePageCtx("plan:read");
  const editable = can(ctx.actor.role, "matrix:manage");
  const [{ rules, groups }, templates] = await Promise.all([
    getMatrix(ctx),
    editable ? listTemplates(ctx) : Promise.resolve([]),
  ]);
  // Archived templates are offered only where a rule still uses one, so its row shows what it sends.
  const inUse = new Set(rules.map((r) => r.templateId));
  const templateChoices = templates
    .filter((t) => !t.archivedAt || inUse.has(t.id))
    .map((t) => ({ id: t.id, name: t.archivedAt ? `${t.name} (archived)` : t.name }));
  const groupChoices = groups.map((g) => ({ id: g.id, name: g.name }));
  const defaultTemplateId = templates.find((t) => t.key === "initial_notification")?.id;
  return (
    <>
      <PageTitle description="Who must hear about an incident, and by when, for each severity. Changes apply to incidents declared afterwards.">
        Notification matrix
      </PageTitle>
      <div className={editable ? "space-y-6" : "grid gap-6 xl:grid-cols-3"}>
        {SEVERITIES.map((severity) => (
          <Card key={severity} title={SEVERITY_LABEL[severity]} id={`matrix-${severity}`}>
            <Table
              caption={`Notification deadlines for ${severity}`}
              head={["Deadline", "Group", "Template", "Sending", ...(editable ? [""] : [])]}
            >
              {rules
                .filter((r) => r.severity === severity)
                .map((r) =>
                  editable ? (
                    <RuleRow
                      key={r.id}
                      rule={{
                        id: r.id,
                        severity: r.severity,
                        withinMinutes: r.withinMinutes,
                        templateId: r.templateId,
                        autoSend: r.autoSend,
                        group: { name: r.group.name },
                      }}
                      templates={templateChoices}
                    />
                  ) : (
                    <tr key={r.id}>
                      <Td>
                        <Badge tone={SEVERITY_TONE[severity]}>{windowLabel(r.withinMinutes)}</Badge>
                      </Td>
                      <Td>{r.group.name}</Td>
                      <Td>{r.template?.name ?? "—"}</Td>
                      <Td>{r.autoSend ? "Automatic" : "Remind commander"}</Td>
                    </tr>
                  ),
                )}
            </Table>
            {editable ? (
              <AddRuleForm
                severity={severity}
                groups={groupChoices}
                templates={templateChoices}
                defaultTemplateId={defaultTemplateId}
              />
            ) : null}
          </Card>
        ))}
      </div>
      <div className="mt-6">
        <Card title="Stakeholder groups" id="groups">
          {editable ? (
            <p className="mb-3 text-sm text-slate-600">Open a group to rename it, delete it or change its members.</p>
          ) : null}
          <GroupsTable groups={groups} editable={editable} />
          {editable ? <CreateGroupForm /> : null}
        </Card>
      </div>
    </>
  );
}
