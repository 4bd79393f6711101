import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td } from "@/components/ui/table";
import { quarterLabel } from "@/lib/domain/quarter";
import { READINESS_METRICS } from "@/lib/domain/readiness";
import type { Ctx } from "@/lib/server/context";
import { getReadiness } from "@/lib/server/dr/readiness";
import { requirePageCtx } from "@/lib/server/session";
import { MetricCards } from "./_components/metric-cards";
import { ReadinessTrend } from "./_components/readiness-trend";

export const metadata: Metadata = { title: "Disaster recovery readiness" };

export default async function ReadinessPage() {
  const ctx = await requirePageCtx("plan:read");
  return (
    <>
      <PageTitle description="The plan's metrics this quarter, computed from recorded DR tests, runbook runs, notifications and reviews.">
        Readiness
      </PageTitle>
      <LiveRefresh since={ctx.now.toISOString()} types={["dr.changed", "runbook.run"]} />
      <Suspense fallback={<Skeleton label="Loading readiness" rows={6} />}>
        <Readiness ctx={ctx} />
      </Suspense>
    </>
  );
}

async function Readiness({ ctx }: { ctx: Ctx }) {
  const { quarters, schedule, overdueReviews, withoutRunbook, timeZone } = await getReadiness(ctx);
  const current = quarters.at(-1)!;
  const overdueTests = schedule.filter((t) => t.overdue).length;
  return (
    <div className="space-y-6">
      <ul aria-label="Loose ends" className="grid gap-3 sm:grid-cols-3">
        <LooseEnd href="/dr/risks?overdue=1" count={overdueReviews} what="risk reviews overdue" />
        <LooseEnd href="/dr/scenarios" count={withoutRunbook} what="scenarios without a runbook" />
        <LooseEnd href="#schedule" count={overdueTests} what="scheduled DR tests overdue" />
      </ul>
      <section aria-labelledby="quarter-title" className="min-w-0">
        <h2 id="quarter-title" className="mb-3 text-lg font-semibold">
          {quarterLabel(current.quarter)} to date{" "}
          <span className="text-sm font-normal text-slate-600">({timeZone})</span>
        </h2>
        <MetricCards metrics={current.metrics} />
        <details className="mt-3 text-sm">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-indigo-700">
            How each metric is counted
          </summary>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_minmax(0,1fr)]">
            {READINESS_METRICS.map((m) => (
              <Fragment key={m.key}>
                <dt className="font-medium">{m.name}</dt>
                <dd className="mb-2 text-slate-700 sm:mb-0">{m.how}</dd>
              </Fragment>
            ))}
          </dl>
        </details>
      </section>
      <ReadinessTrend quarters={quarters} />
      <Card title="Testing schedule" id="schedule">
        <Table caption="DR testing schedule" head={["Test", "Cadence", "Last run", "State"]}>
          {schedule.map((t) => (
            <tr key={t.key}>
              <Td>{t.name}</Td>
              <Td>{t.cadence.toLowerCase().replace("_", " ")}</Td>
              <Td>{t.lastRunAt ? <LocalTime value={t.lastRunAt} /> : "never"}</Td>
              <Td>{t.overdue ? <Badge tone="red">Overdue</Badge> : <Badge tone="green">On schedule</Badge>}</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}

function LooseEnd({ href, count, what }: { href: string; count: number; what: string }) {
  return (
    <li className="min-w-0">
      <Link
        href={href}
        className={`flex min-h-11 items-center gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 hover:bg-slate-50 ${count ? "ring-red-300" : "ring-slate-200"}`}
      >
        <span className={`text-2xl font-semibold tabular-nums ${count ? "text-red-700" : "text-slate-700"}`}>
          {count}
        </span>
        <span className="text-sm text-slate-700">{what}</span>
      </Link>
    </li>
  );
}
