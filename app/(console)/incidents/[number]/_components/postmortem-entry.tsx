import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { POSTMORTEM_STATUS } from "@/lib/domain/postmortem-status";
import type { Ctx } from "@/lib/server/context";
import { postmortemForIncident } from "@/lib/server/postmortems/for-incident";
import { PostmortemStartButton } from "./postmortem-start-button";

/** A resolved incident's way to its postmortem: the link once there is one, else the button to start it. */
export async function PostmortemEntry({
  ctx,
  incidentId,
  canWrite,
}: {
  ctx: Ctx;
  incidentId: string;
  canWrite: boolean;
}) {
  const facts = await postmortemForIncident(ctx, incidentId);
  if (!facts?.resolved && !facts?.postmortem) return null;
  const { postmortem, dueAt, overdue } = facts;
  if (!postmortem && !canWrite && !facts.expected) return null;
  return (
    <section
      aria-label="Postmortem of this incident"
      className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200"
    >
      {postmortem ? (
        <>
          <Link
            href={`/postmortems/${postmortem.id}`}
            className="font-semibold text-indigo-700 underline-offset-2 hover:underline"
          >
            Postmortem
          </Link>
          <Badge tone={POSTMORTEM_STATUS[postmortem.status].tone}>{POSTMORTEM_STATUS[postmortem.status].label}</Badge>
        </>
      ) : canWrite ? (
        <PostmortemStartButton incidentId={incidentId} />
      ) : null}
      {dueAt && postmortem?.status !== "PUBLISHED" && (postmortem || facts.expected) ? (
        <p className={overdue ? "font-medium text-red-700" : "text-slate-700"}>
          Postmortem due <LocalTime value={dueAt} />
          {overdue ? " (overdue)" : null}
        </p>
      ) : null}
    </section>
  );
}
