import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { getHealthCheck } from "@/lib/server/slo/get-check";
import { checkChoices } from "@/lib/server/slo/list-checks";
import { requirePageCtx } from "@/lib/server/session";
import { CheckControls } from "../_components/check-controls";
import { CheckForm } from "../_components/check-form";
import { CheckState } from "../_components/check-state";

export const metadata: Metadata = { title: "Health check" };

export default async function HealthCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx("plan:read");
  const { id } = await params;
  const [check, choices] = await Promise.all([
    getHealthCheck(ctx, id).catch((error: unknown) => {
      if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    checkChoices(ctx),
  ]);
  const editable = can(ctx.actor.role, "objective:manage");
  return (
    <>
      <PageTitle description={`${check.method} ${check.url} — ${check.service.name}`}>{check.name}</PageTitle>
      <LiveRefresh match={check.id} since={ctx.now.toISOString()} showStatus />
      <p className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        <Link className="text-indigo-700 underline" href="/slo/checks">
          All health checks
        </Link>
        <CheckState enabled={check.enabled} lastOk={check.lastOk} consecutiveFailures={check.consecutiveFailures} />
        {check.nextRunAt ? (
          <span>
            Next run <LocalTime value={check.nextRunAt} />
          </span>
        ) : null}
      </p>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Last 20 results" id="results">
          <Table caption="Last 20 results of the check" head={["Time", "Result", "Status", "Latency", "Error"]}>
            {check.results.map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap">
                  <LocalTime value={r.at} />
                </Td>
                <Td>{r.ok ? <Badge tone="green">OK</Badge> : <Badge tone="red">Failed</Badge>}</Td>
                <Td>{r.status ?? "—"}</Td>
                <Td className="whitespace-nowrap">{r.latencyMs === null ? "—" : `${r.latencyMs} ms`}</Td>
                <Td>{r.error ?? ""}</Td>
              </tr>
            ))}
          </Table>
          {check.results.length === 0 ? (
            <p className="text-sm text-slate-600">
              {check.enabled ? "No run yet: the first one is due now." : "No results. Enable the check to run it."}
            </p>
          ) : null}
        </Card>
        {editable ? (
          <Card
            title="Edit"
            id="edit"
            action={<CheckControls id={check.id} name={check.name} enabled={check.enabled} />}
          >
            <CheckForm
              choices={choices}
              current={{
                id: check.id,
                serviceId: check.serviceId,
                name: check.name,
                url: check.url,
                method: check.method,
                expectedStatus: String(check.expectedStatus),
                intervalSeconds: String(check.intervalSeconds),
                timeoutMs: String(check.timeoutMs),
                enabled: check.enabled,
                availabilitySloId: check.availabilitySloId ?? "",
                latencySloId: check.latencySloId ?? "",
              }}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
