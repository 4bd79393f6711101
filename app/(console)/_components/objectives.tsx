import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { RPO_STATE_LABEL, RPO_STATE_TONE } from "@/lib/domain/recovery";
import type { getObjectives } from "@/lib/server/plan/objectives";

type Service = Awaited<ReturnType<typeof getObjectives>>[number];

/** The plan's objectives at a glance: SLOs, RTO per component, RPO per data asset with backups. */
export function Objectives({ services }: { services: Service[] }) {
  return (
    <>
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
          <Table
            caption="Recovery point objective per data asset"
            head={["Data", "RPO", "Last verified backup", "State"]}
          >
            {service.dataAssets.map((a) => (
              <tr key={a.id}>
                <Td>{a.name}</Td>
                <Td>{formatMinutes(a.rpoMinutes)}</Td>
                <Td>{a.lastVerifiedAt ? <LocalTime value={a.lastVerifiedAt} /> : "never"}</Td>
                <Td>
                  <Badge tone={RPO_STATE_TONE[a.rpo.state]}>{RPO_STATE_LABEL[a.rpo.state]}</Badge>
                  <span className="mt-1 block text-xs text-slate-600">{a.rpo.reason}</span>
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
      ))}
    </>
  );
}
