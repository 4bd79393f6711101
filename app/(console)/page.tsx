import type { Metadata } from "next";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ServerClock } from "@/components/live/server-clock";
import { PanelBoundary } from "@/components/shell/error-notice";
import { PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Ctx } from "@/lib/server/context";
import { getDueNext } from "@/lib/server/plan/due-next";
import { getObjectives } from "@/lib/server/plan/objectives";
import { listDuePostmortems } from "@/lib/server/postmortems/list-due";
import { recentIncidents } from "@/lib/server/plan/recent-incidents";
import { requirePageCtx } from "@/lib/server/session";
import { listSloStatus } from "@/lib/server/slo/list-status";
import { ActiveIncidents } from "./_components/active-incidents";
import { DueNext } from "./_components/due-next";
import { Objectives } from "./_components/objectives";
import { PostmortemsDue } from "./_components/postmortems-due";
import { RecentIncidents } from "./_components/recent-incidents";
import { SloRow } from "./_components/slo-row";

export const metadata: Metadata = { title: "Overview" };

// Each panel reads its own data, so the header shows at once and the panels stream in.
async function OpenAndDue({ ctx }: { ctx: Ctx }) {
  const dueNext = await getDueNext(ctx);
  return (
    <>
      <ActiveIncidents incidents={dueNext.active} total={dueNext.activeTotal} />
      {dueNext.due ? <DueNext items={dueNext.due} /> : null}
    </>
  );
}

async function Recent({ ctx }: { ctx: Ctx }) {
  return <RecentIncidents incidents={await recentIncidents(ctx)} />;
}

async function DuePostmortems({ ctx }: { ctx: Ctx }) {
  return <PostmortemsDue items={await listDuePostmortems(ctx)} />;
}

async function PlanObjectives({ ctx }: { ctx: Ctx }) {
  return <Objectives services={await getObjectives(ctx)} />;
}

async function ServiceLevels({ ctx }: { ctx: Ctx }) {
  return <SloRow slos={await listSloStatus(ctx)} />;
}

export default async function OverviewPage() {
  const ctx = await requirePageCtx("plan:read");
  // Read before any of the data, so an event racing the reads still triggers a refresh.
  const now = ctx.now;
  return (
    <ServerClock serverNow={now.toISOString()}>
      <div className="flex items-start justify-between gap-4">
        <PageTitle description="What is open and what is due next; the plan's objectives below.">Overview</PageTitle>
        <LiveRefresh since={now.toISOString()} showStatus />
      </div>
      <div className="mb-6">
        <PanelBoundary what="Service levels">
          <Suspense fallback={<Skeleton label="Loading service levels" rows={2} />}>
            <ServiceLevels ctx={ctx} />
          </Suspense>
        </PanelBoundary>
      </div>
      {/* min-w-0: a wide table scrolls inside its panel instead of widening the page on a phone. */}
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <PanelBoundary what="Open incidents and what is due next">
          <Suspense fallback={<Skeleton label="Loading open incidents" />}>
            <OpenAndDue ctx={ctx} />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary what="Recent incidents">
          <Suspense fallback={<Skeleton label="Loading recent incidents" />}>
            <Recent ctx={ctx} />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary what="Postmortems due">
          <Suspense fallback={<Skeleton label="Loading postmortems due" />}>
            <DuePostmortems ctx={ctx} />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary what="The plan's objectives">
          <Suspense fallback={<Skeleton label="Loading objectives" rows={6} />}>
            <PlanObjectives ctx={ctx} />
          </Suspense>
        </PanelBoundary>
      </div>
    </ServerClock>
  );
}
