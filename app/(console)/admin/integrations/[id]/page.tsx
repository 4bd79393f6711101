import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { readSeverityMap } from "@/lib/domain/integrations/severity-map";
import { OUTCOME, SOURCE_KIND, isOutcome, type SourceKind } from "@/lib/domain/integrations/vocabulary";
import { componentChoices } from "@/lib/server/incidents/choices";
import { EVENT_LOG_LENGTH, getSource } from "@/lib/server/integrations/get";
import { requirePageCtx } from "@/lib/server/session";
import { SourceControls } from "../_components/source-controls";
import { SourceForm } from "../_components/source-form";

export const metadata: Metadata = { title: "Inbound alert source" };

async function load(ctx: Awaited<ReturnType<typeof requirePageCtx>>, id: string) {
  try {
    return await getSource(ctx, id);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx("integration:manage");
  const { id } = await params;
  const [{ source, events }, components] = await Promise.all([load(ctx, id), componentChoices(ctx)]);
  const kind = SOURCE_KIND[source.kind as SourceKind];
  return (
    <>
      <PageTitle
        description={`${kind?.label ?? source.kind} · posts to ${kind?.path ?? "—"} · key brs_${source.keyPrefix}_…`}
      >
        {source.name} <Badge tone={source.enabled ? "green" : "gray"}>{source.enabled ? "Enabled" : "Disabled"}</Badge>
      </PageTitle>
      <div className="space-y-6">
        <Card title={`Last ${EVENT_LOG_LENGTH} events`} id="events">
          <Table
            caption="Events received from this source, newest first"
            head={["Received", "Outcome", "Dedup key", "Incident", "Detail"]}
          >
            {events.map((e) => (
              <tr key={e.id} data-outcome={e.outcome}>
                <Td className="whitespace-nowrap">
                  <LocalTime value={e.receivedAt} />
                </Td>
                <Td>
                  {isOutcome(e.outcome) ? (
                    <Badge tone={OUTCOME[e.outcome].tone}>{OUTCOME[e.outcome].label}</Badge>
                  ) : (
                    e.outcome
                  )}
                  {isOutcome(e.outcome) ? (
                    <div className="text-xs text-slate-600">The alert {OUTCOME[e.outcome].words}</div>
                  ) : null}
                </Td>
                <Td className="max-w-48 break-all font-mono text-xs">{e.dedupKey ?? "—"}</Td>
                <Td>
                  {e.incident ? (
                    <Link href={`/incidents/${e.incident.number}`} className="text-indigo-700 underline">
                      #{e.incident.number} {e.incident.title}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td className="break-words">{e.detail}</Td>
              </tr>
            ))}
          </Table>
          {events.length === 0 ? <p className="text-sm text-slate-600">Nothing received yet.</p> : null}
        </Card>
        <Card title="Key and state" id="controls">
          <SourceControls source={{ id: source.id, name: source.name, kind: source.kind, enabled: source.enabled }} />
        </Card>
        <Card title="Settings" id="settings">
          <SourceForm
            components={components}
            source={{ ...source, severityMap: readSeverityMap(source.severityMap) }}
          />
        </Card>
        <Link href="/admin/integrations" className="text-sm text-indigo-700 underline">
          All sources
        </Link>
      </div>
    </>
  );
}
