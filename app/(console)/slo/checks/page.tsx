import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/domain/roles";
import { checkChoices, listHealthChecks } from "@/lib/server/slo/list-checks";
import { requirePageCtx } from "@/lib/server/session";
import { CheckForm, NEW_CHECK } from "./_components/check-form";
import { CheckState } from "./_components/check-state";

export const metadata: Metadata = { title: "Health checks" };

export default async function HealthChecksPage() {
  const ctx = await requirePageCtx("plan:read");
  const [checks, choices] = await Promise.all([listHealthChecks(ctx), checkChoices(ctx)]);
  const editable = can(ctx.actor.role, "objective:manage");
  return (
    <>
      <PageTitle description="HTTP checks the worker runs on their interval; each run is a sample of its availability and latency SLOs.">
        Health checks
      </PageTitle>
      <LiveRefresh since={ctx.now.toISOString()} showStatus />
      <div className="space-y-6">
        <Card title="Checks" id="checks">
          <Table
            caption="Health checks"
            head={["Check", "State", "Last result", "Latency", "Failures in a row", "SLOs"]}
          >
            {checks.map((c) => (
              <tr key={c.id} data-check={c.name}>
                <Td>
                  <Link className="font-medium text-indigo-700 underline" href={`/slo/checks/${c.id}`}>
                    {c.name}
                  </Link>
                  <div className="break-all font-mono text-xs text-slate-600">
                    {c.method} {c.url} → {c.expectedStatus}, every {c.intervalSeconds} s
                  </div>
                </Td>
                <Td>
                  <CheckState enabled={c.enabled} lastOk={c.lastOk} consecutiveFailures={c.consecutiveFailures} />
                </Td>
                <Td>
                  {c.lastCheckedAt ? (
                    <>
                      <LocalTime value={c.lastCheckedAt} />
                      <div className="text-xs text-slate-600">{c.lastError ?? `Status ${c.lastStatus}`}</div>
                    </>
                  ) : (
                    <span className="text-slate-500">Never run</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{c.lastLatencyMs === null ? "—" : `${c.lastLatencyMs} ms`}</Td>
                <Td>{c.consecutiveFailures}</Td>
                <Td>
                  {[c.availabilitySlo, c.latencySlo]
                    .filter((s) => s !== null)
                    .map((s) => (
                      <div key={s.id}>
                        <Link
                          className="inline-flex min-h-6 items-center text-indigo-700 underline"
                          href={`/slo/${s.slug}`}
                        >
                          {s.name}
                        </Link>
                      </div>
                    ))}
                </Td>
              </tr>
            ))}
          </Table>
          {checks.length === 0 ? (
            <p className="text-sm text-slate-600">
              No health checks yet.{editable ? " Create one below: a URL, its expected status and an interval." : ""}
            </p>
          ) : null}
        </Card>
        {editable ? (
          <Card title="New health check" id="new-check">
            <CheckForm current={NEW_CHECK} choices={choices} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
