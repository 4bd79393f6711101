import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PanelBoundary } from "@/components/shell/error-notice";
import { Card, PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/domain/roles";
import { chartRange, SLO_WINDOW_LABELS } from "@/lib/domain/slo/vocabulary";
import { listSloStatus } from "@/lib/server/slo/list-status";
import { requirePageCtx } from "@/lib/server/session";
import { AlertList } from "../_components/alert-list";
import { SloFigures } from "../_components/slo-figures";
import { RangePicker } from "./_components/range-picker";
import { SloCharts } from "./_components/slo-charts";

type Params = Promise<{ slug: string }>;
type Search = Promise<{ range?: string | string[] }>;

// One read of the SLO per request, shared by the metadata and the page.
const load = cache(async (slug: string) => {
  const ctx = await requirePageCtx("plan:read");
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) notFound();
  const [status] = await listSloStatus(ctx, { slug });
  if (!status) notFound();
  return { ctx, status };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { status } = await load((await params).slug);
  return { title: `${status.name} — service level` };
}

export default async function SloDetailPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { slug } = await params;
  const { range: rangeParam } = await searchParams;
  const { ctx, status } = await load(slug);
  // An unknown or repeated ?range= falls back to the default rather than failing the page.
  const range = chartRange(typeof rangeParam === "string" ? rangeParam : null);
  const LINK = "text-indigo-700 underline-offset-2 hover:underline";
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="flex flex-wrap gap-4">
          <Link href="/slo" className={LINK}>
            Service levels
          </Link>
          {can(ctx.actor.role, "objective:manage") ? (
            <Link href={`/slo/${status.slug}/settings`} className={LINK}>
              Settings
            </Link>
          ) : null}
          <Link href="/slo/checks" className={LINK}>
            Health checks
          </Link>
        </span>
        {/* This SLO's new samples and alerts re-read the page. */}
        {/* Its own samples, and incidents (marked on the charts) as they are declared or change. */}
        <LiveRefresh types={[`slo:${status.id}`, "incident.changed"]} since={ctx.now.toISOString()} showStatus />
      </nav>
      <PageTitle
        description={`${status.description} · ${status.service.name} · ${SLO_WINDOW_LABELS[status.window].toLowerCase()}${
          status.window === "ROLLING" ? ` of ${status.windowDays} days` : ""
        }`}
      >
        {status.name}
      </PageTitle>
      <div className="space-y-6">
        <Card title="Now" id="now">
          <div className="space-y-4">
            <SloFigures status={status} />
            <AlertList alerts={status.alerts} />
          </div>
        </Card>
        <RangePicker slug={status.slug} current={range.key} />
        <PanelBoundary what="The charts">
          <Suspense key={range.key} fallback={<Skeleton label="Loading charts" rows={8} />}>
            <SloCharts ctx={ctx} slug={status.slug} range={range} />
          </Suspense>
        </PanelBoundary>
      </div>
    </>
  );
}
