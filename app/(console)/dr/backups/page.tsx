import type { Metadata } from "next";
import { Suspense } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { utcMinuteValue } from "@/lib/domain/backup-verification-input";
import { can } from "@/lib/domain/roles";
import { listBackups } from "@/lib/server/backups/list-backups";
import type { Ctx } from "@/lib/server/context";
import { requirePageCtx } from "@/lib/server/session";
import { AssetStates } from "./_components/asset-states";
import { PolicyCard } from "./_components/policy-card";

export const metadata: Metadata = { title: "Backups" };

// Verifications, policy edits and replication lag reports all announce themselves as "recovery".
const LIVE_TYPES = ["recovery"];

async function Backups({ ctx }: { ctx: Ctx }) {
  const { policies, assets } = await listBackups(ctx);
  const canEdit = can(ctx.actor.role, "dr:manage");
  const canRecord = can(ctx.actor.role, "backup:record");
  const assetChoices = assets.map((a) => ({ slug: a.slug, name: a.name }));
  return (
    <div className="space-y-6">
      <Card title="Data assets against RPO" id="assets">
        <AssetStates assets={assets} />
      </Card>
      <section aria-labelledby="policies-title" className="space-y-3">
        <h2 id="policies-title" className="text-sm font-semibold text-slate-900">
          Backup policies
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {policies.map((p) => (
            <PolicyCard
              key={p.id}
              policy={p}
              assets={assetChoices}
              canEdit={canEdit}
              canRecord={canRecord}
              now={utcMinuteValue(ctx.now)}
            />
          ))}
        </div>
      </section>
    </div>
  );
}

export default async function BackupsPage() {
  const ctx = await requirePageCtx("plan:read");
  return (
    <>
      <PageTitle description="Backup tiers, their verifications, and whether each data asset's newest verified copy is within its RPO.">
        Backups
      </PageTitle>
      <LiveRefresh since={ctx.now.toISOString()} types={LIVE_TYPES} showStatus />
      <Suspense fallback={<Skeleton label="Loading backups" rows={6} />}>
        <Backups ctx={ctx} />
      </Suspense>
    </>
  );
}
