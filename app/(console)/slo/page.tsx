import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { PanelBoundary } from "@/components/shell/error-notice";
import { PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/domain/roles";
import type { Ctx } from "@/lib/server/context";
import { listSloStatus } from "@/lib/server/slo/list-status";
import { requirePageCtx } from "@/lib/server/session";
import { SloCard } from "./_components/slo-card";
import { NoSamples } from "./_components/no-samples";

export const metadata: Metadata = { title: "Service levels" };

async function Cards({ ctx }: { ctx: Ctx }) {
  const slos = await listSloStatus(ctx);
  if (slos.length === 0) return <p className="text-sm text-slate-600">No service level objectives are defined.</p>;
  const canManage = can(ctx.actor.role, "objective:manage");
  return (
    <>
      {slos.every((s) => s.lastSampleAt === null) ? <NoSamples /> : null}
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        {slos.map((s) => (
          <SloCard key={s.id} status={s} canManage={canManage} />
        ))}
      </div>
    </>
  );
}

export default async function SloPage() {
  const ctx = await requirePageCtx("plan:read");
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle description="Each objective over its compliance window: attainment, error budget left, burn rates against the alert rules, and what is firing.">
          Service levels
        </PageTitle>
        {/* Any SLO's new samples re-read the cards. */}
        <LiveRefresh since={ctx.now.toISOString()} showStatus />
      </div>
      <p className="mb-4 text-sm">
        <Link href="/slo/checks" className="text-indigo-700 underline-offset-2 hover:underline">
          Health checks
        </Link>
      </p>
      <PanelBoundary what="Service level objectives">
        <Suspense fallback={<Skeleton label="Loading service level objectives" rows={6} />}>
          <Cards ctx={ctx} />
        </Suspense>
      </PanelBoundary>
    </>
  );
}
