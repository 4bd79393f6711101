import type { Metadata } from "next";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Skeleton } from "@/components/ui/skeleton";
import { COMPONENT_STATE } from "@/lib/domain/component-state";
import { MAINTENANCE_STATUS } from "@/lib/domain/maintenance-status";
import { can } from "@/lib/domain/roles";
import type { Ctx } from "@/lib/server/context";
import { readManagement } from "@/lib/server/status-page/management";
import { requirePageCtx } from "@/lib/server/session";
import { OverrideForm, PlacementForm } from "./_components/component-forms";
import { GroupForm } from "./_components/group-form";
import { AdvanceMaintenanceForm, ScheduleMaintenanceForm } from "./_components/maintenance-forms";

export const metadata: Metadata = { title: "Status page" };

async function Panels({ ctx }: { ctx: Ctx }) {
  const { groups, components, maintenance } = await readManagement(ctx);
  const overrides = can(ctx.actor.role, "incident:command");
  return (
    <div className="space-y-6">
      <Card title="Components" id="components">
        <ul className="divide-y divide-slate-200">
          {components.map((c) => (
            <li key={c.id} className="space-y-3 py-4 first:pt-0" data-component={c.slug}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">{c.name}</h3>
                {c.publicState ? (
                  <Badge tone={COMPONENT_STATE[c.publicState].tone}>
                    {COMPONENT_STATE[c.publicState].label}
                    {c.stateOverride ? " (set by hand)" : ""}
                  </Badge>
                ) : (
                  <Badge>Not listed</Badge>
                )}
              </div>
              <PlacementForm component={c} groups={groups} />
              {overrides ? <OverrideForm component={c} /> : null}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Groups" id="groups">
        <div className="space-y-4">
          {groups.map((g) => (
            <GroupForm key={g.id} group={g} />
          ))}
          <GroupForm />
        </div>
      </Card>
      <Card title="Schedule maintenance" id="schedule-maintenance">
        <ScheduleMaintenanceForm components={components} />
      </Card>
      <Card title="Maintenance" id="maintenance">
        {maintenance.length === 0 ? <p className="text-sm text-slate-600">None scheduled.</p> : null}
        <ul className="divide-y divide-slate-200">
          {maintenance.map((m) => (
            <li key={m.id} className="space-y-2 py-4 first:pt-0" data-maintenance={m.title}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">
                  <a className="text-indigo-700 underline" href={`/status/maintenance/${m.id}`}>
                    {m.title}
                  </a>
                </h3>
                <Badge tone={MAINTENANCE_STATUS[m.status].tone}>{MAINTENANCE_STATUS[m.status].label}</Badge>
              </div>
              <p className="text-sm text-slate-600">
                <LocalTime value={m.scheduledStart} /> – <LocalTime value={m.scheduledEnd} /> ·{" "}
                {m.components.map((c) => c.component.name).join(", ")}
              </p>
              {m.updates.length > 0 ? (
                <ol className="space-y-1 text-sm">
                  {m.updates.map((u) => (
                    <li key={u.id}>
                      <span className="font-medium">{MAINTENANCE_STATUS[u.status].label}:</span> {u.message}
                    </li>
                  ))}
                </ol>
              ) : null}
              <AdvanceMaintenanceForm id={m.id} title={m.title} status={m.status} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

export default async function StatusPageAdmin() {
  const ctx = await requirePageCtx("statuspage:manage");
  return (
    <>
      <PageTitle
        description={
          <>
            What the public{" "}
            <a className="text-indigo-700 underline" href="/status">
              status page
            </a>{" "}
            lists, in which groups and order, and planned maintenance. Every change is published at once and written to
            the static snapshot.
          </>
        }
      >
        Status page
      </PageTitle>
      <Suspense fallback={<Skeleton label="Loading the status page settings" rows={6} />}>
        <Panels ctx={ctx} />
      </Suspense>
    </>
  );
}
