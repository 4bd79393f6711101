import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { SEVERITY_LABEL, SEVERITY_TONE, STATUS_TONE } from "@/components/ui/labels";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { getObjectives } from "@/lib/server/plan/objectives";
import { recentIncidents } from "@/lib/server/plan/recent-incidents";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const ctx = await requirePageCtx("plan:read");
  const [services, incidents] = await Promise.all([getObjectives(ctx), recentIncidents(ctx)]);
  return (
    <>
      <PageTitle description="The plan's objectives, and what has happened lately.">Overview</PageTitle>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Incidents" id="incidents">
          <Table caption="Recent incidents" head={["#", "Title", "Severity", "Status", "Started"]}>
            {incidents.map((i) => (
              <tr key={i.id}>
                <Td>{i.number}</Td>
                <Td>{i.title}</Td>
                <Td><Badge tone={SEVERITY_TONE[i.severity]}>{SEVERITY_LABEL[i.severity]}</Badge></Td>
                <Td><Badge tone={STATUS_TONE[i.status]}>{i.status}</Badge></Td>
                <Td><LocalTime value={i.startedAt} /></Td>
              </tr>
            ))}
          </Table>
          {incidents.length === 0 ? <p className="text-sm text-slate-600">No incidents yet.</p> : null}
        </Card>
        {services.map((service) => (
          <Card key={service.id} title={`Service level objectives — ${service.name}`} id={`slo-${service.slug}`}>
            <Table caption="Service level objectives" head={["Objective", "Target", "Window"]}>
              {service.slos.map((slo) => (
                <tr key={slo.id}>
                  <Td>{slo.name}</Td>
                  <Td>{slo.description}</Td>
                  <Td>{slo.windowDays} days</Td>
                </tr>
              ))}
            </Table>
          </Card>
        ))}
        {services.map((service) => (
          <Card key={service.id} title="Recovery time objectives (RTO)" id={`rto-${service.slug}`}>
            <Table caption="Recovery time objective per component" head={["Component", "RTO"]}>
              {service.components.map((c) => (
                <tr key={c.id}>
                  <Td>{c.name}</Td>
                  <Td>{formatMinutes(c.rtoMinutes)}</Td>
                </tr>
              ))}
            </Table>
          </Card>
        ))}
        {services.map((service) => (
          <Card key={service.id} title="Recovery point objectives (RPO) and backups" id={`rpo-${service.slug}`}>
            <Table caption="Recovery point objective per data asset" head={["Data", "RPO", "Last verified backup", "State"]}>
              {service.dataAssets.map((a) => (
                <tr key={a.id}>
                  <Td>{a.name}</Td>
                  <Td>{formatMinutes(a.rpoMinutes)}</Td>
                  <Td>{a.lastVerifiedAt ? <LocalTime value={a.lastVerifiedAt} /> : "never"}</Td>
                  <Td>
                    <Badge tone={a.backup.state === "OK" ? "green" : a.backup.state === "BREACH" ? "red" : "gray"}>
                      {a.backup.state === "BREACH" ? "RPO breached" : a.backup.state === "OK" ? "Within RPO" : "Unknown"}
                    </Badge>
                  </Td>
                </tr>
              ))}
            </Table>
          </Card>
        ))}
      </div>
    </>
  );
}
