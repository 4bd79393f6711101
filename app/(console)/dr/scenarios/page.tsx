import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { PageTitle } from "@/components/ui/card";
import { LEVEL_TONE } from "@/lib/domain/level";
import { can } from "@/lib/domain/roles";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";
import { requirePageCtx } from "@/lib/server/session";
import { RunbookLink } from "./_components/runbook-link";

export const metadata: Metadata = { title: "Failure scenarios" };

export default async function ScenariosPage() {
  const ctx = await requirePageCtx("plan:read");
  const { scenarios, runbooks, withoutRunbook } = await listScenarios(ctx);
  const manager = can(ctx.actor.role, "dr:manage");
  return (
    <>
      <PageTitle description="The failure mode analysis: what fails, how soon it is noticed, and the runbook that recovers it.">
        Failure scenarios
      </PageTitle>
      <LiveRefresh since={ctx.now.toISOString()} types={["dr.changed"]} />
      <p className="mb-4 text-sm">
        {withoutRunbook ? (
          <Badge tone="red">
            {withoutRunbook} scenario{withoutRunbook === 1 ? "" : "s"} without a runbook
          </Badge>
        ) : (
          <Badge tone="green">Every scenario has a runbook</Badge>
        )}
      </p>
      <ul className="grid gap-3 lg:grid-cols-2">
        {scenarios.map((s) => (
          <li
            key={s.id}
            className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
            aria-labelledby={`scenario-${s.id}`}
          >
            <h2 id={`scenario-${s.id}`} className="font-semibold break-words">
              {s.name}
            </h2>
            <p className="mt-2 flex flex-wrap gap-2 text-xs">
              <Badge>{s.category}</Badge>
              <Badge tone={LEVEL_TONE[s.probability]}>Probability {s.probability}</Badge>
              <Badge tone={LEVEL_TONE[s.impact]}>Impact {s.impact}</Badge>
              {s.runbook ? null : <Badge tone="red">No runbook</Badge>}
            </p>
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">Detection</dt>
              <dd>{s.detectionTime}</dd>
              <dt className="text-slate-600">Recovery</dt>
              <dd className="font-mono text-xs break-words">{s.recoveryProcedure}</dd>
              <dt className="text-slate-600">Runbook</dt>
              <dd>
                {s.runbook ? (
                  <Link className="text-indigo-700 underline" href={`/dr/runbooks#${s.runbook.key}`}>
                    {s.runbook.title}
                  </Link>
                ) : (
                  "none"
                )}
              </dd>
            </dl>
            {manager ? (
              <div className="mt-3">
                <RunbookLink id={s.id} name={s.name} runbookId={s.runbook?.id ?? ""} runbooks={runbooks} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
