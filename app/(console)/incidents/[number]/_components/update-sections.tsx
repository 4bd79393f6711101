import { allowedMoves, type IncidentStatus } from "@/lib/domain/incident-status";
import type { Ctx } from "@/lib/server/context";
import { composeUpdate } from "@/lib/server/status-updates/compose";
import { listIncidentUpdates } from "@/lib/server/status-updates/list-for-incident";
import { PostUpdateDialog } from "./post-update-dialog";
import { PublicUpdatesPanel } from "./public-updates-panel";

type Props = { ctx: Ctx; incident: { id: string; number: number; status: string } };

/** The "Post an update" button and its dialog, started from the suggested template. Commanders only. */
export async function PostUpdateSection({ ctx, incident }: Props) {
  const compose = await composeUpdate(ctx, incident.id);
  return (
    <PostUpdateDialog
      incidentId={incident.id}
      number={incident.number}
      status={incident.status}
      moves={allowedMoves(incident.status as IncidentStatus)}
      compose={compose}
    />
  );
}

export async function PublicUpdatesSection({ ctx, incident, canCommand }: Props & { canCommand: boolean }) {
  const data = await listIncidentUpdates(ctx, incident.id);
  return <PublicUpdatesPanel data={data} number={incident.number} canCommand={canCommand} />;
}
