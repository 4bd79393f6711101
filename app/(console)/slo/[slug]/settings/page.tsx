import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { ALERT_RULE_LABELS, BURN_RULES, SLO_KIND_LABELS, type AlertRuleKey } from "@/lib/domain/slo/vocabulary";
import { getSloSettings } from "@/lib/server/slo/get-settings";
import { requirePageCtx } from "@/lib/server/session";
import { SloSettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "SLO settings" };

export default async function SloSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await requirePageCtx("plan:read");
  const { slug } = await params;
  const slo = await getSloSettings(ctx, slug).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const editable = can(ctx.actor.role, "objective:manage");
  return (
    <>
      <PageTitle description={`${SLO_KIND_LABELS[slo.kind]} objective of ${slo.service.name}.`}>
        {slo.name}: settings
      </PageTitle>
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link className="text-indigo-700 underline" href={`/slo/${slo.slug}`}>
          Back to the SLO
        </Link>
        <Link className="text-indigo-700 underline" href="/slo/checks">
          Health checks
        </Link>
      </p>
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Objective and alerting" id="settings">
          {editable ? (
            <SloSettingsForm
              latency={slo.kind === "LATENCY_P95"}
              current={{
                slug: slo.slug,
                targetPercent: String(slo.targetPercent),
                thresholdMs: slo.thresholdMs === null ? "" : String(slo.thresholdMs),
                window: slo.window,
                windowDays: String(slo.windowDays),
                minRequests: String(slo.minRequests),
                expectedIntervalSeconds: String(slo.expectedIntervalSeconds),
                alertMode: slo.alertMode,
                pageSeverity: slo.pageSeverity,
                ticketSeverity: slo.ticketSeverity,
              }}
            />
          ) : (
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <dt className="text-slate-600">Target</dt>
              <dd>{slo.targetPercent} %</dd>
              <dt className="text-slate-600">Alert mode</dt>
              <dd>{slo.alertMode}</dd>
              <dt className="text-slate-600">Low-traffic minimum</dt>
              <dd>{slo.minRequests} requests</dd>
              <dt className="text-slate-600">Expected sample interval</dt>
              <dd>{slo.expectedIntervalSeconds} s</dd>
            </dl>
          )}
        </Card>
        <Card title="Alert rules" id="rules">
          <Table caption="Burn-rate alert rules" head={["Rule", "Fires when", "Does"]}>
            {BURN_RULES.map((r) => (
              <tr key={r.key}>
                <Td>{r.label}</Td>
                <Td>
                  {r.factor}× over {r.long} and {r.short}
                </Td>
                <Td>{r.action === "page" ? `Declares a ${slo.pageSeverity} incident` : "Notifies commanders"}</Td>
              </tr>
            ))}
          </Table>
          <h3 className="mt-4 text-sm font-semibold text-slate-900">Firing now</h3>
          {slo.alerts.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing is firing.</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm">
              {slo.alerts.map((a) => (
                <li key={a.id}>
                  <Badge tone={a.dryRun ? "gray" : "red"}>{a.dryRun ? "Would fire" : "Firing"}</Badge>{" "}
                  <span className="font-medium">{ALERT_RULE_LABELS[a.rule as AlertRuleKey] ?? a.rule}</span> since{" "}
                  <LocalTime value={a.firedAt} />: {a.reason}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
