import Link from "next/link";
import type { ReactNode } from "react";
import { DrillBadge, SeverityBadge, StatusBadge } from "@/components/incidents/incident-badges";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { allowedMoves, type IncidentStatus } from "@/lib/domain/incident-status";
import type { InternalIncidentView } from "@/lib/server/incidents/get";
import { Elapsed } from "@/components/live/elapsed";
import { AcknowledgeButton, HandoverControl, SeverityControl } from "./command-controls";
import { StatusControl } from "./status-control";

type Props = {
  view: Pick<InternalIncidentView, "incident" | "commanders">;
  canRespond: boolean;
  canCommand: boolean;
  /** Where escalation stands (streamed in), shown beside the Acknowledge button. */
  escalation?: ReactNode;
};

type Incident = Props["view"]["incident"];

/** A drill says so, and links the DR test run it measures: to finish recording it once resolved. */
function DrillNotice({ incident, resolved }: { incident: Incident; resolved: boolean }) {
  const run = incident.drTestRun;
  if (!incident.drill || !run) return null;
  const href = `/dr/tests/${run.test.key}?run=${run.id}#record`;
  return (
    <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-300">
      A DR drill of <strong>{run.test.name}</strong>: internal only, never on the status page.{" "}
      {resolved ? (
        <Link href={href} className="font-semibold underline">
          Finish recording the drill run
        </Link>
      ) : (
        <Link href={`/dr/tests/${run.test.key}`} className="underline">
          Open the DR test
        </Link>
      )}
    </p>
  );
}

/** How bad, how long, who leads, and the controls to move it on. */
export function IncidentHeader({ view, canRespond, canCommand, escalation }: Props) {
  const { incident } = view;
  const resolved = incident.status === "RESOLVED";
  const ids = { incidentId: incident.id, number: incident.number };
  return (
    <header className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono text-slate-600">#{incident.number}</span>
        <span data-testid="incident-severity">
          <SeverityBadge severity={incident.severity} />
        </span>
        <span data-testid="incident-status">
          <StatusBadge status={incident.status} />
        </span>
        {!incident.acknowledgedAt && !resolved ? <Badge tone="red">Unacknowledged</Badge> : null}
        <span data-testid="incident-drill">
          <DrillBadge drill={incident.drill} />
        </span>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">{incident.title}</h1>
      {/* Before the details: on a phone, acknowledging and the next escalation fit the first screen. */}
      {canRespond && !incident.acknowledgedAt && !resolved ? (
        <div className="space-y-2 rounded-md bg-red-50 p-3 ring-1 ring-red-200">
          <AcknowledgeButton {...ids} />
          {escalation}
        </div>
      ) : null}
      <DrillNotice incident={incident} resolved={resolved} />
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">{resolved ? "Lasted" : "Elapsed"}</dt>
          <dd className="text-xl font-semibold">
            <Elapsed
              since={incident.startedAt.toISOString()}
              until={incident.resolvedAt?.toISOString()}
              label={resolved ? "Lasted" : "Elapsed"}
            />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Started</dt>
          <dd>
            <LocalTime value={incident.startedAt} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Commander</dt>
          <dd data-testid="commander">{incident.commander?.name ?? <span className="text-red-700">Nobody</span>}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{resolved ? "Resolved" : "Acknowledged"}</dt>
          <dd>
            {resolved && incident.resolvedAt ? (
              <LocalTime value={incident.resolvedAt} />
            ) : incident.acknowledgedAt ? (
              <LocalTime value={incident.acknowledgedAt} />
            ) : (
              "Not yet"
            )}
          </dd>
        </div>
        <div className="sm:col-span-2 lg:col-span-4">
          <dt className="text-slate-500">Impact</dt>
          <dd className="whitespace-pre-wrap">
            {incident.impact || <span className="text-slate-500">Not described yet.</span>}
          </dd>
        </div>
        {incident.rootCauseSummary || incident.resolutionSummary ? (
          <>
            <div className="sm:col-span-2">
              <dt className="text-slate-500">Root cause</dt>
              <dd className="whitespace-pre-wrap">{incident.rootCauseSummary || "—"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-500">Resolution</dt>
              <dd className="whitespace-pre-wrap">{incident.resolutionSummary || "—"}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {canRespond || canCommand ? (
        <div className="grid gap-4 border-t border-slate-200 pt-4 lg:grid-cols-3">
          {canRespond ? (
            <StatusControl
              {...ids}
              status={incident.status}
              moves={allowedMoves(incident.status as IncidentStatus)}
              rootCauseSummary={incident.rootCauseSummary}
              resolutionSummary={incident.resolutionSummary}
            />
          ) : null}
          {canCommand ? (
            <SeverityControl
              key={`${incident.severity}-${incident.status}`}
              {...ids}
              severity={incident.severity}
              resolved={resolved}
            />
          ) : null}
          {canCommand ? (
            <HandoverControl
              key={incident.commanderId ?? "none"}
              {...ids}
              commanderId={incident.commanderId}
              people={view.commanders}
            />
          ) : null}
        </div>
      ) : null}
    </header>
  );
}
