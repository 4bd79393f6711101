import { StatusBadge } from "@/components/incidents/incident-badges";
import { NextUpdateTimer } from "@/components/live/next-update-timer";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import type { IncidentUpdates } from "@/lib/server/status-updates/list-for-incident";
import { PublicDetailsForm } from "./public-details-form";

type Props = { data: IncidentUpdates; number: number; canCommand: boolean };

function Counts({ counts }: { counts: { sent: number; failed: number; pending: number } | null }) {
  if (!counts) return <span className="text-emerald-800">published</span>;
  return (
    <span>
      {counts.sent} sent · <span className={counts.failed ? "text-red-700" : undefined}>{counts.failed} failed</span> ·{" "}
      {counts.pending} pending
    </span>
  );
}

/** What the commander has told people: the promise of the next update, and each update with its audiences' counts. */
export function PublicUpdatesPanel({ data, number, canCommand }: Props) {
  const { incident, updates } = data;
  const resolved = incident.status === "RESOLVED";
  return (
    <Card
      title="Public updates"
      id="public-updates"
      action={incident.publishedAt ? <Badge tone="green">Public</Badge> : <Badge>Not public</Badge>}
    >
      <div className="space-y-4">
        {!resolved ? (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-500">Next update</span>
            {incident.nextUpdateAt ? (
              <>
                <NextUpdateTimer due={incident.nextUpdateAt.toISOString()} />
                <span className="text-slate-500">
                  (by <LocalTime value={incident.nextUpdateAt} />)
                </span>
              </>
            ) : (
              <span>not promised</span>
            )}
          </p>
        ) : null}
        {updates.length === 0 ? (
          <p className="text-sm text-slate-600">No update has been posted yet.</p>
        ) : (
          <ol className="space-y-3" aria-label="Posted updates">
            {updates.map((u) => (
              <li key={u.id} className="space-y-1 border-b border-slate-100 pb-3 text-sm last:border-0">
                <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <StatusBadge status={u.status} />
                  <LocalTime value={u.publishedAt ?? u.createdAt} />
                  {u.author ? <span>by {u.author}</span> : null}
                  {u.publishedAt ? null : <Badge>Not public</Badge>}
                </p>
                <p className="whitespace-pre-wrap break-words">{u.message}</p>
                <ul className="text-xs text-slate-600">
                  {u.audiences.map((a) => (
                    <li key={a.label}>
                      <span className="font-medium text-slate-800">{a.label}:</span> <Counts counts={a.counts} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
        {canCommand ? (
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-indigo-700">Public title and component states</summary>
            <PublicDetailsForm
              incidentId={incident.id}
              number={number}
              title={incident.publicTitle ?? incident.title}
              components={incident.components}
            />
          </details>
        ) : null}
      </div>
    </Card>
  );
}
