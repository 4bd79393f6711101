import { DrillBadge, StatusBadge } from "@/components/incidents/incident-badges";
import { Card } from "@/components/ui/card";
import { STATUS_LABEL, STATUS_PLAIN } from "@/lib/domain/incident-status";
import { SEVERITY_PLAIN } from "@/lib/domain/severity";
import { LocalTime } from "@/components/ui/local-time";
import { formatMinutes } from "@/lib/domain/duration";
import type { PublicIncidentView } from "@/lib/server/incidents/get";
import { Elapsed } from "@/components/live/elapsed";

/** For stakeholders: what is happening, in plain words, and when they will hear more. */
export function PublicView({ view }: { view: PublicIncidentView }) {
  const { incident, components, statusUpdates } = view;
  const resolved = incident.status === "RESOLVED";
  const nextUpdate = !resolved ? statusUpdates.find((u) => u.nextUpdateAt)?.nextUpdateAt : null;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="font-mono text-sm text-slate-600">
          Incident #{incident.number} <DrillBadge drill={incident.drill} />
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{incident.title}</h1>
      </header>
      <Card title="Current status" id="current-status">
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="sr-only">Status</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <StatusBadge status={incident.status} />
              <span>{STATUS_PLAIN[incident.status]}</span>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">How serious</dt>
            <dd>{SEVERITY_PLAIN[incident.severity]}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Impact</dt>
            <dd className="whitespace-pre-wrap">{incident.impact || "We are still assessing who is affected."}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Started</dt>
            <dd>
              <LocalTime value={incident.startedAt} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{resolved ? "Resolved" : "Ongoing for"}</dt>
            <dd>
              {resolved && incident.resolvedAt ? (
                <>
                  <LocalTime value={incident.resolvedAt} /> (after{" "}
                  {formatMinutes(Math.round((incident.resolvedAt.getTime() - incident.startedAt.getTime()) / 60_000))})
                </>
              ) : (
                <Elapsed since={incident.startedAt.toISOString()} label="Ongoing for" />
              )}
            </dd>
          </div>
          {!resolved ? (
            <div className="sm:col-span-2">
              <dt className="text-slate-500">Next update</dt>
              <dd>{nextUpdate ? <LocalTime value={nextUpdate} /> : "As soon as we know more."}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
      <Card title="Affected parts of the service" id="affected">
        <ul className="space-y-1 text-sm">
          {components.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{c.name}</span>
              {c.restoredAt ? (
                <span className="text-emerald-800">
                  working again since <LocalTime value={c.restoredAt} />
                </span>
              ) : (
                <span className="text-amber-800">affected</span>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Updates" id="updates">
        {statusUpdates.length === 0 ? (
          <p className="text-sm text-slate-600">No updates have been posted yet.</p>
        ) : (
          <ol className="space-y-3">
            {statusUpdates.map((u) => (
              <li key={u.id} className="text-sm">
                <p className="text-xs text-slate-500">
                  <LocalTime value={u.publishedAt} /> · {STATUS_LABEL[u.status]}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{u.message}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
