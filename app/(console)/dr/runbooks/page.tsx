import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { can } from "@/lib/domain/roles";
import { STALE_AFTER_DAYS } from "@/lib/domain/runbooks/vocabulary";
import { listRunbooksWithExercise } from "@/lib/server/runbooks/read";
import { requirePageCtx } from "@/lib/server/session";
import { ExerciseNote } from "./_components/exercise-badge";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage() {
  const ctx = await requirePageCtx("plan:read");
  const runbooks = await listRunbooksWithExercise(ctx);
  return (
    <>
      <PageTitle
        description={`Ordered recovery steps, as written in the plan. A runbook not exercised in ${STALE_AFTER_DAYS} days is stale.`}
      >
        Runbooks
      </PageTitle>
      {can(ctx.actor.role, "dr:manage") ? (
        <p className="mb-4">
          <Link
            href="/dr/runbooks/new"
            className="inline-flex min-h-11 items-center rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
          >
            New runbook
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        {runbooks.map((rb) => (
          <Card key={rb.id} title={rb.title} id={`runbook-${rb.key}`} action={<Badge>Version {rb.version}</Badge>}>
            <p className="mb-2 text-sm text-slate-600">{rb.description}</p>
            <p className="mb-2">
              <ExerciseNote exercise={rb.exercise} />
            </p>
            <p className="mb-3 text-sm text-slate-600">
              {rb.category} · {rb.steps.length} step(s) · {rb._count.runs} run(s)
            </p>
            <Link className="text-sm text-indigo-700 underline" href={`/dr/runbooks/${rb.key}`}>
              Open {rb.title}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
