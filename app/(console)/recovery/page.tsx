import type { Metadata } from "next";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ServerClock } from "@/components/live/server-clock";
import { PanelBoundary } from "@/components/shell/error-notice";
import { PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Ctx } from "@/lib/server/context";
import { env } from "@/lib/server/env";
import { listActiveRto } from "@/lib/server/recovery/list-active-rto";
import { listRecoveries } from "@/lib/server/recovery/list-recoveries";
import { listRpo } from "@/lib/server/recovery/list-rpo";
import { readMttx } from "@/lib/server/recovery/read-mttx";
import { requirePageCtx } from "@/lib/server/session";
import { ActiveRto } from "./_components/active-rto";
import { Mttx } from "./_components/mttx";
import { Recoveries } from "./_components/recoveries";
import { Rpo } from "./_components/rpo";

export const metadata: Metadata = { title: "Recovery" };

// What changes this page: incidents (countdowns, recoveries, MTTA/MTTR), corrected postmortem
// key times, and replication-lag reports. Not SLO samples, which arrive every few seconds.
const LIVE_TYPES = ["incident.changed", "postmortem.changed", "recovery"];

// Each panel reads its own data, so the header shows at once and the panels stream in.
async function ActivePanel({ ctx }: { ctx: Ctx }) {
  return <ActiveRto incidents={await listActiveRto(ctx)} />;
}

async function RpoPanel({ ctx }: { ctx: Ctx }) {
  return <Rpo assets={await listRpo(ctx)} />;
}

async function RecoveriesPanel({ ctx }: { ctx: Ctx }) {
  return <Recoveries data={await listRecoveries(ctx)} timeZone={env.BRIDGE_TIME_ZONE} />;
}

async function MttxPanel({ ctx }: { ctx: Ctx }) {
  return <Mttx summary={await readMttx(ctx)} timeZone={env.BRIDGE_TIME_ZONE} />;
}

export default async function RecoveryPage() {
  const ctx = await requirePageCtx("plan:read");
  // Read before any of the data, so an event racing the reads still triggers a refresh.
  const now = ctx.now.toISOString();
  return (
    <ServerClock serverNow={now}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle description="Recovery time objectives of open incidents, how past recoveries compared, each data asset's recovery point, and MTTA / MTTR.">
          Recovery
        </PageTitle>
        <LiveRefresh since={now} types={LIVE_TYPES} showStatus />
      </div>
      {/* minmax(0, 1fr) columns: a wide table or chart scrolls or shrinks inside its panel, never widens
          the page. The tables take the full width; the two chart panels share a row on wide screens. */}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <div className="min-w-0 xl:col-span-2">
          <PanelBoundary what="RTO countdowns">
            <Suspense fallback={<Skeleton label="Loading RTO countdowns" />}>
              <ActivePanel ctx={ctx} />
            </Suspense>
          </PanelBoundary>
        </div>
        <div className="min-w-0 xl:col-span-2">
          <PanelBoundary what="Recovery point objectives">
            <Suspense fallback={<Skeleton label="Loading recovery point objectives" rows={4} />}>
              <RpoPanel ctx={ctx} />
            </Suspense>
          </PanelBoundary>
        </div>
        <PanelBoundary what="Time to recover vs RTO">
          <Suspense fallback={<Skeleton label="Loading time to recover" rows={6} />}>
            <RecoveriesPanel ctx={ctx} />
          </Suspense>
        </PanelBoundary>
        <PanelBoundary what="MTTA and MTTR">
          <Suspense fallback={<Skeleton label="Loading MTTA and MTTR" rows={6} />}>
            <MttxPanel ctx={ctx} />
          </Suspense>
        </PanelBoundary>
      </div>
    </ServerClock>
  );
}
