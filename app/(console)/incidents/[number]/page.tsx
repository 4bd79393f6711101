import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ServerClock } from "@/components/live/server-clock";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { getIncident } from "@/lib/server/incidents/get";
import { requirePageCtx } from "@/lib/server/session";
import { DeliveriesPanel } from "./_components/deliveries-panel";
import { EscalationPanel } from "./_components/escalation-panel";
import { IncidentHeader } from "./_components/incident-header";
import { ObligationsPanel } from "./_components/obligations-panel";
import { PublicView } from "./_components/public-view";
import { RtoPanel } from "./_components/rto-panel";
import { Timeline } from "./_components/timeline";

type Params = Promise<{ number: string }>;

// One read per request, shared by the metadata and the page.
const load = cache(async (param: string) => {
  const ctx = await requirePageCtx("incident:read");
  if (!/^\d{1,9}$/.test(param)) notFound();
  try {
    return { ctx, view: await getIncident(ctx, Number(param)) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { view } = await load((await params).number);
  return { title: `#${view.incident.number} ${view.incident.title}` };
}

export default async function IncidentPage({ params }: { params: Params }) {
  const { ctx, view } = await load((await params).number);
  const role = ctx.actor.role;
  return (
    <ServerClock serverNow={new Date().toISOString()}>
      <nav aria-label="Breadcrumb" className="mb-3 flex items-center justify-between text-sm">
        <Link href="/incidents" className="text-indigo-700 underline-offset-2 hover:underline">
          Incidents
        </Link>
        <LiveRefresh match={view.incident.id} since={ctx.now.toISOString()} showStatus />
      </nav>
      {view.internal ? (
        <div className="space-y-6">
          <IncidentHeader view={view} canRespond={can(role, "incident:respond")} canCommand={can(role, "incident:command")} />
          <div className="grid gap-6 2xl:grid-cols-2">
            <RtoPanel startedAt={view.incident.startedAt} components={view.components} now={ctx.now} />
            <EscalationPanel escalation={view.escalation} acknowledgedAt={view.incident.acknowledgedAt} resolved={view.incident.status === "RESOLVED"} />
            <ObligationsPanel obligations={view.obligations} number={view.incident.number} canSend={can(role, "incident:command")} now={ctx.now} />
            <DeliveriesPanel view={view} canRetry={can(role, "incident:respond")} />
          </div>
          <Timeline view={view} canNote={can(role, "incident:respond")} />
        </div>
      ) : (
        <PublicView view={view} />
      )}
    </ServerClock>
  );
}
