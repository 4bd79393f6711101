import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { DrTestDetail } from "@/lib/server/dr/tests";
import { Objectives, VerdictBadge } from "./due-text";

type Run = DrTestDetail["runs"][number];

function RunEntry({ run, testKey }: { run: Run; testKey: string }) {
  return (
    <li id={`run-${run.id}`} className="min-w-0 rounded-md p-3 ring-1 ring-slate-200" data-testid="dr-test-run">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        {run.drill ? <Badge tone="amber">DRILL</Badge> : null}
        <VerdictBadge passed={run.passed} />
        <LocalTime value={run.startedAt} />
        {run.completedAt ? (
          <>
            → <LocalTime value={run.completedAt} />
          </>
        ) : (
          <span className="text-slate-600">(running)</span>
        )}
        {run.runBy ? <span className="text-slate-600">by {run.runBy.name}</span> : null}
      </p>
      <p className="mt-1 text-sm">
        Actual <Objectives rto={run.actualRtoMinutes} rpo={run.actualRpoMinutes} />
      </p>
      {run.incident ? (
        <p className="mt-1 text-sm">
          <Link
            href={`/incidents/${run.incident.number}`}
            className="text-indigo-700 underline-offset-2 hover:underline"
          >
            Incident #{run.incident.number} {run.incident.title}
          </Link>{" "}
          ({run.incident.status.toLowerCase()})
        </p>
      ) : null}
      {run.passed === null && run.completedAt ? (
        <p className="mt-1 text-sm">
          <Link href={`/dr/tests/${testKey}?run=${run.id}#record`} className="font-medium text-indigo-700 underline">
            Finish recording this run
          </Link>
        </p>
      ) : null}
      {run.criteria.length ? (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Criteria outcomes">
          {run.criteria.map((c) => (
            <li key={c.criterion} className="break-words">
              <Badge tone={c.met ? "green" : "red"}>{c.met ? "met" : "not met"}</Badge> {c.criterion}
              {c.note ? <span className="text-slate-600"> — {c.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {run.notes ? <p className="mt-2 whitespace-pre-line break-words text-sm text-slate-700">{run.notes}</p> : null}
      {run.actionItems.length ? (
        <div className="mt-2 text-sm">
          <p className="font-medium">Action items</p>
          <ul className="list-disc pl-5">
            {run.actionItems.map((a) => (
              <li key={a.id} className="break-words">
                {a.title} <span className="text-slate-600">({a.status.toLowerCase().replace("_", " ")})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

export function RunList({ test }: { test: DrTestDetail }) {
  if (test.runs.length === 0) return <p className="text-sm text-slate-600">Not run yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Runs">
      {test.runs.map((run) => (
        <RunEntry key={run.id} run={run} testKey={test.key} />
      ))}
    </ol>
  );
}
