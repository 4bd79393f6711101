import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { SOURCE_KIND_LABEL } from "@/lib/domain/integrations/vocabulary";
import { componentChoices } from "@/lib/server/incidents/choices";
import { listSources } from "@/lib/server/integrations/list";
import { requirePageCtx } from "@/lib/server/session";
import { SourceForm } from "./_components/source-form";

export const metadata: Metadata = { title: "Inbound alerts" };

export default async function IntegrationsPage() {
  const ctx = await requirePageCtx("integration:manage");
  const [sources, components] = await Promise.all([listSources(ctx), componentChoices(ctx)]);
  return (
    <>
      <PageTitle description="Sources that send alerts to Bridge: Prometheus Alertmanager, or anything that speaks the Events API v2. A new alert declares an incident; the same alert again changes nothing.">
        Inbound alerts
      </PageTitle>
      <div className="space-y-6">
        <Card title="Sources" id="sources">
          <Table caption="Integration sources" head={["Source", "Kind", "State", "Last event"]}>
            {sources.map((s) => (
              <tr key={s.id} data-source={s.name}>
                <Td>
                  <Link href={`/admin/integrations/${s.id}`} className="font-medium text-indigo-700 underline">
                    {s.name}
                  </Link>
                  <div className="font-mono text-xs text-slate-600">brs_{s.keyPrefix}_…</div>
                </Td>
                <Td>{SOURCE_KIND_LABEL[s.kind] ?? s.kind}</Td>
                <Td>
                  <Badge tone={s.enabled ? "green" : "gray"}>{s.enabled ? "Enabled" : "Disabled"}</Badge>
                </Td>
                <Td className="whitespace-nowrap">
                  {s.lastEventAt ? <LocalTime value={s.lastEventAt} /> : <span className="text-slate-500">Never</span>}
                </Td>
              </tr>
            ))}
          </Table>
          {sources.length === 0 ? <p className="text-sm text-slate-600">No sources yet.</p> : null}
        </Card>
        <Card title="Add a source" id="create-source">
          <SourceForm components={components} />
        </Card>
      </div>
    </>
  );
}
