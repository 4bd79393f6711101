import Link from "next/link";
import { SeverityBadge } from "@/components/incidents/incident-badges";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { POSTMORTEM_STATUS } from "@/lib/domain/postmortem-status";
import type { PostmortemView } from "@/lib/server/postmortems/get";

/** What the postmortem is about, where it stands, who writes it and by when. */
export function PostmortemHeader({ view }: { view: PostmortemView }) {
  const status = POSTMORTEM_STATUS[view.status];
  return (
    <header className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="postmortem-status">
          <Badge tone={status.tone}>{status.label}</Badge>
        </span>
        <SeverityBadge severity={view.incident.severity} />
        {view.revision > 1 ? <Badge tone="indigo">Revision {view.revision}</Badge> : null}
        {!view.editable && view.status !== "PUBLISHED" ? <Badge>Read only</Badge> : null}
      </div>
      <h1 className="break-words text-2xl font-semibold tracking-tight">Postmortem: {view.incident.title}</h1>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">Incident</dt>
          <dd>
            <Link href={`/incidents/${view.incident.number}`} className="text-indigo-700 underline underline-offset-2">
              #{view.incident.number}
              <span className="sr-only"> {view.incident.title}</span>
            </Link>
            {view.incident.resolvedAt ? (
              <>
                {", resolved "}
                <LocalTime value={view.incident.resolvedAt} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Author</dt>
          <dd>{view.author ?? "Nobody"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Due</dt>
          <dd data-testid="postmortem-due">
            {view.dueAt ? <LocalTime value={view.dueAt} /> : "No due date"}
            {view.overdue ? (
              <>
                {" "}
                <Badge tone="red">overdue</Badge>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{view.publishedAt ? "Published" : "Started"}</dt>
          <dd>
            <LocalTime value={view.publishedAt ?? view.createdAt} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
