import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, Suspense, type ReactNode } from "react";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RunbooksPanel } from "@/components/runbooks/runbooks-panel";
import { ServerClock } from "@/components/live/server-clock";
import { PanelBoundary } from "@/components/shell/error-notice";
import { IncidentBudgetPanel } from "@/components/slo/incident-budget-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import type { Ctx } from "@/lib/server/context";
import {
  getIncidentHead,
  incidentView,
  type IncidentHead,
  type InternalIncidentView,
} from "@/lib/server/incidents/get";
import { requirePageCtx } from "@/lib/server/session";
import { DeliveriesPanel } from "./_components/deliveries-panel";
import { EscalationHeadline, EscalationPanel } from "./_components/escalation-panel";
import { IncidentHeader } from "./_components/incident-header";
import { ObligationsPanel } from "./_components/obligations-panel";
import { PostmortemEntry } from "./_components/postmortem-entry";
import { PublicView } from "./_components/public-view";
import { RtoPanel } from "./_components/rto-panel";
import { Timeline } from "./_components/timeline";
import { PostUpdateSection, PublicUpdatesSection } from "./_components/update-sections";

type Params = Promise<{ number: string }>;

// One read of the header per request, shared by the metadata and the page.
const loadHead = cache(async (param: string) => {
  const ctx = await requirePageCtx("incident:read");
  if (!/^\d{1,9}$/.test(param)) notFound();
  try {
    return { ctx, head: await getIncidentHead(ctx, Number(param)) };
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

// The panels' one read, started by the page and awaited by each panel as it streams in.
const loadView = cache((ctx: Ctx, head: IncidentHead) => incidentView(ctx, head));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { head } = await loadHead((await params).number);
  return { title: `#${head.incident.number} ${head.incident.title}` };
}

type PanelProps = { ctx: Ctx; head: IncidentHead; render: (view: InternalIncidentView) => ReactNode };

async function Panel({ ctx, head, render }: PanelProps) {
  const view = await loadView(ctx, head);
  return view.internal ? render(view) : null;
}

/** One streamed panel: a named skeleton while it loads, a retry of its own if it fails. */
function Streamed({ what, loading, ...props }: PanelProps & { what: string; loading: string }) {
  return (
    <PanelBoundary what={what}>
      <Suspense fallback={<Skeleton label={loading} />}>
        <Panel {...props} />
      </Suspense>
    </PanelBoundary>
  );
}

async function Public({ ctx, head }: { ctx: Ctx; head: IncidentHead }) {
  const view = await loadView(ctx, head);
  return view.internal ? null : <PublicView view={view} />;
}

export default async function IncidentPage({ params }: { params: Params }) {
  const { ctx, head } = await loadHead((await params).number);
  const role = ctx.actor.role;
  const resolved = head.incident.status === "RESOLVED";
  const shared = { ctx, head };
  return (
    <ServerClock serverNow={new Date().toISOString()}>
      <nav aria-label="Breadcrumb" className="mb-3 flex items-center justify-between text-sm">
        <Link href="/incidents" className="text-indigo-700 underline-offset-2 hover:underline">
          Incidents
        </Link>
        <LiveRefresh match={head.incident.id} since={ctx.now.toISOString()} showStatus />
      </nav>
      {head.internal ? (
        <div className="space-y-6">
          <IncidentHeader
            view={head}
            canRespond={can(role, "incident:respond")}
            canCommand={can(role, "incident:command")}
            escalation={
              <Streamed
                {...shared}
                what="Next escalation"
                loading="Loading next escalation"
                render={(v) => (
                  <EscalationHeadline
                    escalation={v.escalation}
                    acknowledgedAt={v.incident.acknowledgedAt}
                    resolved={resolved}
                  />
                )}
              />
            }
          />
          {resolved ? (
            <PanelBoundary what="The postmortem">
              <Suspense fallback={<Skeleton label="Loading postmortem" rows={1} />}>
                <PostmortemEntry ctx={ctx} incidentId={head.incident.id} canWrite={can(role, "postmortem:write")} />
              </Suspense>
            </PanelBoundary>
          ) : null}
          {can(role, "incident:command") ? (
            <PanelBoundary what="Post an update">
              <Suspense fallback={<Skeleton label="Loading Post an update" rows={1} />}>
                <PostUpdateSection ctx={ctx} incident={head.incident} />
              </Suspense>
            </PanelBoundary>
          ) : null}
          <div className="grid gap-6 2xl:grid-cols-2 [&>*]:min-w-0">
            <PanelBoundary what="Public updates">
              <Suspense fallback={<Skeleton label="Loading public updates" />}>
                <PublicUpdatesSection ctx={ctx} incident={head.incident} canCommand={can(role, "incident:command")} />
              </Suspense>
            </PanelBoundary>
            <Streamed
              {...shared}
              what="Recovery times"
              loading="Loading recovery times"
              render={(v) => <RtoPanel startedAt={v.incident.startedAt} components={v.components} now={ctx.now} />}
            />
            <Streamed
              {...shared}
              what="Error budget spent"
              loading="Loading error budget spent"
              render={(v) => <IncidentBudgetPanel ctx={ctx} incidentId={v.incident.id} />}
            />
            <Streamed
              {...shared}
              what="Escalation"
              loading="Loading escalation"
              render={(v) => (
                <EscalationPanel
                  escalation={v.escalation}
                  acknowledgedAt={v.incident.acknowledgedAt}
                  resolved={resolved}
                />
              )}
            />
            <Streamed
              {...shared}
              what="Notifications"
              loading="Loading notifications"
              render={(v) => (
                <ObligationsPanel
                  obligations={v.obligations}
                  number={v.incident.number}
                  canSend={can(role, "incident:command")}
                  now={ctx.now}
                />
              )}
            />
            <Streamed
              {...shared}
              what="Deliveries"
              loading="Loading deliveries"
              render={(v) => <DeliveriesPanel view={v} canRetry={can(role, "incident:respond")} />}
            />
          </div>
          <PanelBoundary what="Runbooks">
            <Suspense fallback={<Skeleton label="Loading runbooks" />}>
              <RunbooksPanel
                ctx={ctx}
                target={{ incidentId: head.incident.id, path: `/incidents/${head.incident.number}` }}
                canRespond={can(role, "incident:respond") && !resolved}
              />
            </Suspense>
          </PanelBoundary>
          <Streamed
            {...shared}
            what="The timeline"
            loading="Loading timeline"
            render={(v) => <Timeline view={v} canNote={can(role, "incident:respond")} />}
          />
        </div>
      ) : (
        <PanelBoundary what="This incident">
          <Suspense fallback={<Skeleton label="Loading incident" rows={6} />}>
            <Public {...shared} />
          </Suspense>
        </PanelBoundary>
      )}
    </ServerClock>
  );
}
