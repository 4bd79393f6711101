import { Card } from "@/components/ui/card";
import type { Ctx } from "@/lib/server/context";
import { listRunbookRuns } from "@/lib/server/runbooks/list-runs";
import { RunChecklist } from "./run-checklist";
import type { RunTarget } from "./run-target";
import { StartRunForm } from "./start-run-form";

/**
 * The runbook checklists of an incident or a DR test run. Every recorded step emits the
 * incident's change event, so the page's live refresh shows it to everyone on the bridge.
 */
export async function RunbooksPanel({ ctx, target, canRespond }: { ctx: Ctx; target: RunTarget; canRespond: boolean }) {
  const where = "incidentId" in target ? { incidentId: target.incidentId } : { drTestRunId: target.drTestRunId };
  const { runs, runbooks } = await listRunbookRuns(ctx, where);
  return (
    <Card title="Runbooks" id="runbooks">
      <div className="space-y-4">
        {canRespond ? <StartRunForm target={target} runbooks={runbooks} /> : null}
        {runs.length === 0 ? <p className="text-sm text-slate-600">No runbook run yet.</p> : null}
        {runs.map((run) => (
          <RunChecklist key={run.id} run={run} path={target.path} canRespond={canRespond} />
        ))}
      </div>
    </Card>
  );
}
