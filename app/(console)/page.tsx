import type { Metadata } from "next";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ServerClock } from "@/components/live/server-clock";
import { PageTitle } from "@/components/ui/card";
import { getDueNext } from "@/lib/server/plan/due-next";
import { getObjectives } from "@/lib/server/plan/objectives";
import { recentIncidents } from "@/lib/server/plan/recent-incidents";
import { requirePageCtx } from "@/lib/server/session";
import { ActiveIncidents } from "./_components/active-incidents";
import { DueNext } from "./_components/due-next";
import { Objectives } from "./_components/objectives";
import { RecentIncidents } from "./_components/recent-incidents";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const ctx = await requirePageCtx("plan:read");
  const [services, incidents, dueNext] = await Promise.all([getObjectives(ctx), recentIncidents(ctx), getDueNext(ctx)]);
  // Read before any of the data, so an event racing the reads still triggers a refresh.
  const now = ctx.now;
  return (
    <ServerClock serverNow={now.toISOString()}>
      <div className="flex items-start justify-between gap-4">
        <PageTitle description="What is open and what is due next; the plan's objectives below.">Overview</PageTitle>
        <LiveRefresh since={now.toISOString()} showStatus />
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <ActiveIncidents incidents={dueNext.active} total={dueNext.activeTotal} />
        {dueNext.due ? <DueNext items={dueNext.due} /> : null}
        <RecentIncidents incidents={incidents} />
        <Objectives services={services} />
      </div>
    </ServerClock>
  );
}
