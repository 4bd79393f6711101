import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { STEP_OUTCOME_LABELS } from "@/lib/domain/runbooks/vocabulary";
import type { RunChecklist as Run } from "@/lib/server/runbooks/list-runs";
import { CompleteRunForm } from "./complete-run-form";
import { StepForm } from "./step-form";

const TONE = { DONE: "green", SKIPPED: "amber", FAILED: "red" } as const;

/** One run as a checklist: each step's outcome by whom and when, or the buttons to record it. */
export function RunChecklist({ run, path, canRespond }: { run: Run; path: string; canRespond: boolean }) {
  const changes = run.steps.filter((s) => s.recorded?.changed);
  const open = !run.completedAt;
  return (
    <section aria-labelledby={`run-${run.id}`} className="min-w-0 rounded-md p-3 ring-1 ring-slate-200">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`run-${run.id}`} className="text-sm font-semibold text-slate-900">
          {run.runbook.title} (version {run.runbookVersion})
        </h3>
        {run.completedAt ? <Badge tone="green">Completed</Badge> : <Badge tone="indigo">In progress</Badge>}
        {run.modified ? <Badge tone="amber">Modified</Badge> : null}
      </header>
      <p className="mt-1 text-xs text-slate-600">
        Started <LocalTime value={run.startedAt} /> by {run.startedBy?.name ?? "—"}
        {run.completedAt ? (
          <>
            {" "}
            · completed <LocalTime value={run.completedAt} />
          </>
        ) : (
          ` · ${run.missing} of ${run.steps.length} step(s) to go`
        )}
      </p>
      {changes.length ? (
        <div className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          <p className="font-medium">Modified: the written steps needed changes</p>
          <ul className="list-disc pl-5">
            {changes.map((s) => (
              <li key={s.id}>
                {s.title}: {s.recorded?.changed}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol aria-label={`Steps of ${run.runbook.title}`} className="mt-3 space-y-3">
        {run.steps.map((s, i) => (
          <li key={s.id} aria-label={`Step ${i + 1}: ${s.title}`} className="min-w-0 border-t border-slate-100 pt-2">
            <p className="text-sm">
              <span className="font-medium">
                {i + 1}. {s.title}
              </span>
              {s.position < 0 ? <span className="text-slate-500"> (since removed from the runbook)</span> : null}
            </p>
            {s.command ? (
              <pre
                tabIndex={0}
                className="mt-1 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs"
              >
                {s.command}
              </pre>
            ) : null}
            {s.expectedResult ? <p className="text-xs text-slate-600">Expected: {s.expectedResult}</p> : null}
            {s.recorded ? (
              <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm">
                <Badge tone={TONE[s.recorded.outcome]}>{STEP_OUTCOME_LABELS[s.recorded.outcome]}</Badge>
                <span className="text-slate-600">
                  by {s.recorded.completedBy?.name ?? "—"} <LocalTime value={s.recorded.completedAt} />
                </span>
                {s.recorded.note ? <span>— {s.recorded.note}</span> : null}
                {s.recorded.changed ? <span>· Changed: {s.recorded.changed}</span> : null}
              </p>
            ) : open && canRespond ? (
              <StepForm runId={run.id} stepId={s.id} n={i + 1} path={path} />
            ) : (
              <p className="mt-1 text-sm text-slate-500">No outcome</p>
            )}
          </li>
        ))}
      </ol>
      {open && canRespond ? (
        <div className="mt-3">
          <CompleteRunForm runId={run.id} title={run.runbook.title} path={path} />
        </div>
      ) : null}
    </section>
  );
}
