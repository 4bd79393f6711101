import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Card, PageTitle } from "@/components/ui/card";
import { can } from "@/lib/domain/roles";
import { drTestChoices, getDrTest, type DrTestDetail } from "@/lib/server/dr/tests";
import { componentChoices } from "@/lib/server/incidents/choices";
import { requirePageCtx } from "@/lib/server/session";
import { DrillForm } from "../_components/drill-form";
import { DueText, Objectives } from "../_components/due-text";
import { RecordRunForm, type RunValues } from "../_components/record-run-form";
import { RunList } from "../_components/run-list";
import { TestForm } from "../_components/test-form";

type Params = Promise<{ key: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "DR test" };

/** "2026-11-30T09:05", the UTC form a datetime-local field shows. */
const utcInput = (at: Date | null | undefined) => (at ? at.toISOString().slice(0, 16) : "");
const num = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** The run the form finishes: the one named in the address, else none (a new run). */
function runValues(test: DrTestDetail, runId: string | undefined, now: Date): RunValues {
  const run = test.runs.find((r) => r.id === runId && r.passed === null);
  return {
    key: test.key,
    runId: run?.id ?? "",
    startedAt: utcInput(run?.startedAt ?? now),
    completedAt: utcInput(run?.completedAt ?? now),
    actualRtoMinutes: num(run?.actualRtoMinutes),
    actualRpoMinutes: num(run?.actualRpoMinutes),
    runbookRunId: run?.runbookRuns[0]?.id ?? "",
    notes: run?.notes ?? "",
  };
}

export default async function DrTestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const ctx = await requirePageCtx("plan:read");
  const { key } = await params;
  const runParam = (await searchParams).run;
  const test = await getDrTest(ctx, key);
  if (!test) notFound();
  const manages = can(ctx.actor.role, "dr:manage");
  const [choices, components] = manages ? await Promise.all([drTestChoices(ctx), componentChoices(ctx)]) : [null, []];
  const current = runValues(test, typeof runParam === "string" ? runParam : undefined, ctx.now);
  return (
    <>
      <PageTitle description={test.scenario || "No scenario written yet."}>{test.name}</PageTitle>
      <LiveRefresh types={["dr.test.changed", "incident.changed"]} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Schedule and objectives" id="dr-test-summary">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-medium">Cadence</dt>
            <dd>{test.cadence.toLowerCase().replace("_", " ")}</dd>
            <dt className="font-medium">Next due</dt>
            <dd>
              <DueText due={test.due} />
            </dd>
            <dt className="font-medium">Type</dt>
            <dd className="break-all font-mono text-xs">{test.method}</dd>
            <dt className="font-medium">Expected</dt>
            <dd>
              <Objectives rto={test.expectedRtoMinutes} rpo={test.expectedRpoMinutes} />
            </dd>
            <dt className="font-medium">Runbook</dt>
            <dd className="min-w-0 break-words">
              {test.runbook ? (
                <Link href={`/dr/runbooks#${test.runbook.key}`} className="text-indigo-700 underline">
                  {test.runbook.title}
                </Link>
              ) : (
                "None"
              )}
            </dd>
            <dt className="font-medium">Criteria</dt>
            <dd className="min-w-0">
              {test.criteria.length ? (
                <ul className="list-disc pl-4">
                  {test.criteria.map((c) => (
                    <li key={c} className="break-words">
                      {c}
                    </li>
                  ))}
                </ul>
              ) : (
                "None"
              )}
            </dd>
          </dl>
          {manages ? (
            <div className="mt-4">
              <DrillForm testKey={test.key} testName={test.name} components={components} />
            </div>
          ) : null}
        </Card>
        <Card title="Runs" id="dr-test-runs">
          <RunList test={test} />
        </Card>
        {choices ? (
          <>
            <section id="record" className="min-w-0">
              <Card title={current.runId ? "Finish recording the run" : "Record a run"} id="dr-test-record">
                <RecordRunForm
                  current={current}
                  criteria={test.criteria}
                  runbookRuns={choices.runbookRuns.map((r) => ({
                    id: r.id,
                    label: `${r.runbook.title} — ${r.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
                  }))}
                />
              </Card>
            </section>
            <Card title="Edit the test" id="dr-test-edit">
              <TestForm
                runbooks={choices.runbooks}
                current={{
                  key: test.key,
                  scenario: test.scenario,
                  cadence: test.cadence,
                  method: test.method,
                  expectedRtoMinutes: num(test.expectedRtoMinutes),
                  expectedRpoMinutes: num(test.expectedRpoMinutes),
                  successCriteria: test.successCriteria,
                  runbookId: test.runbookId ?? "",
                }}
              />
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
