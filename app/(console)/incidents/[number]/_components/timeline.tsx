import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { EVENT_KIND } from "@/lib/domain/incident-event-kind";
import type { InternalIncidentView } from "@/lib/server/incidents/get";
import { NoteForm } from "./note-form";

type Props = { view: InternalIncidentView; canNote: boolean };

/** Newest first, so the latest word is next to where the next note is written. */
export function Timeline({ view, canNote }: Props) {
  const events = [...view.events].reverse();
  return (
    <Card title="Timeline" id="timeline">
      <div className="space-y-5">
        {canNote ? <NoteForm incidentId={view.incident.id} number={view.incident.number} /> : null}
        <ol aria-label="Timeline events, newest first" className="space-y-3">
          {events.map((e) => {
            const kind = EVENT_KIND[e.kind];
            return (
              <li key={e.id} className="flex gap-3 border-l-2 border-slate-200 pl-3">
                <div className="w-36 shrink-0 text-xs text-slate-500">
                  <LocalTime value={e.occurredAt} />
                </div>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={kind.tone}>{kind.label}</Badge>
                    <span className="text-xs text-slate-600">{e.actor?.name ?? (e.actorLabel || "system")}</span>
                  </div>
                  <p className="mt-1 whitespace-pre-wrap break-words text-sm">{e.message}</p>
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </Card>
  );
}
