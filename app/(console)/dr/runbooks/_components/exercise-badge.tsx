import { Badge } from "@/components/ui/badge";
import { exerciseText, type Exercise } from "@/lib/domain/runbooks/stale";
import { STALE_AFTER_DAYS } from "@/lib/domain/runbooks/vocabulary";

/** When the runbook was last exercised, flagged stale (in words, not only colour) past the bound. */
export function ExerciseNote({ exercise }: { exercise: Exercise }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm text-slate-600">
      {exerciseText(exercise)}
      {exercise.stale ? (
        <span title={`Not run in the last ${STALE_AFTER_DAYS} days`}>
          <Badge tone="amber">Stale</Badge>
        </span>
      ) : null}
    </span>
  );
}
