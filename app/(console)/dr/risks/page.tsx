import type { Metadata } from "next";
import Link from "next/link";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LEVEL_TONE, LEVELS } from "@/lib/domain/level";
import { dateValue } from "@/lib/domain/risk-input";
import { nextReviewDue } from "@/lib/domain/risks";
import { can } from "@/lib/domain/roles";
import { listRisks } from "@/lib/server/risks/list-risks";
import { requirePageCtx } from "@/lib/server/session";
import { HeatMap } from "./_components/heat-map";
import { RiskControls } from "./_components/risk-controls";
import { NEW_RISK, RiskForm } from "./_components/risk-form";

export const metadata: Metadata = { title: "Risks" };

type Search = { p?: string; i?: string; overdue?: string };
const isLevel = (v?: string) => (LEVELS as readonly string[]).includes(v ?? "");

export default async function RisksPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requirePageCtx("plan:read");
  const search = await searchParams;
  const { risks, overdue, heatMap, owners } = await listRisks(ctx);
  const manager = can(ctx.actor.role, "dr:manage");
  const cell = isLevel(search.p) && isLevel(search.i) ? { p: search.p, i: search.i } : undefined;
  const shown = risks.filter(
    (r) => (!cell || (r.probability === cell.p && r.impact === cell.i)) && (!search.overdue || r.overdue),
  );
  const nextDue = dateValue(nextReviewDue(ctx.now));
  return (
    <>
      <PageTitle description="The risk assessment matrix: what could happen, how likely and how bad, who owns it and when it is reviewed next.">
        Risks
      </PageTitle>
      <LiveRefresh since={ctx.now.toISOString()} types={["dr.changed"]} />
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm" data-testid="overdue-count">
        {overdue ? (
          <Badge tone="red">
            {overdue} review{overdue === 1 ? "" : "s"} overdue
          </Badge>
        ) : (
          <Badge tone="green">No review overdue</Badge>
        )}
        {overdue && !search.overdue ? (
          <Link className="text-indigo-700 underline" href="/dr/risks?overdue=1">
            Show only overdue
          </Link>
        ) : null}
      </p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <Card title="Heat map" id="heat-map">
            <HeatMap grid={heatMap} selected={cell} />
          </Card>
          {manager ? (
            <Card title="Add a risk" id="add-risk">
              <RiskForm current={{ ...NEW_RISK, reviewDueAt: nextDue }} owners={owners} />
            </Card>
          ) : null}
        </div>
        <section aria-labelledby="register-title" className="min-w-0">
          <h2 id="register-title" className="mb-3 flex flex-wrap items-center gap-2 text-lg font-semibold">
            Risk register
            {cell || search.overdue ? (
              <span className="text-sm font-normal text-slate-600">
                {cell ? `probability ${cell.p}, impact ${cell.i}` : "overdue reviews"} ·{" "}
                <Link className="text-indigo-700 underline" href="/dr/risks">
                  Show all
                </Link>
              </span>
            ) : null}
          </h2>
          {shown.length === 0 ? <p className="text-sm text-slate-600">No risk matches.</p> : null}
          <ul className="space-y-3">
            {shown.map((r) => (
              <li
                key={r.id}
                className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
                aria-labelledby={`risk-${r.id}`}
              >
                <h3 id={`risk-${r.id}`} className="font-semibold break-words">
                  {r.title}
                </h3>
                <p className="mt-2 flex flex-wrap gap-2 text-xs">
                  <Badge tone={LEVEL_TONE[r.probability]}>Probability {r.probability}</Badge>
                  <Badge tone={LEVEL_TONE[r.impact]}>Impact {r.impact}</Badge>
                  <Badge tone={LEVEL_TONE[r.mitigationPriority]}>Priority {r.mitigationPriority}</Badge>
                  {r.overdue ? <Badge tone="red">Review overdue</Badge> : null}
                </p>
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">Owner</dt>
                  <dd>{r.owner?.name ?? "none"}</dd>
                  <dt className="text-slate-600">Review due</dt>
                  <dd>{r.reviewDueAt ? dateValue(r.reviewDueAt) : "not set"}</dd>
                  <dt className="text-slate-600">Last reviewed</dt>
                  <dd>{r.reviewedAt ? dateValue(r.reviewedAt) : "never"}</dd>
                  <dt className="text-slate-600">Mitigation</dt>
                  <dd className="break-words whitespace-pre-line">{r.mitigation || "none written"}</dd>
                </dl>
                {manager ? (
                  <div className="mt-3 space-y-3">
                    <RiskControls id={r.id} title={r.title} nextDue={nextDue} />
                    <details>
                      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-indigo-700">
                        Edit {r.title}
                      </summary>
                      <div className="mt-2">
                        <RiskForm
                          owners={owners}
                          current={{
                            id: r.id,
                            title: r.title,
                            probability: r.probability,
                            impact: r.impact,
                            mitigationPriority: r.mitigationPriority,
                            mitigation: r.mitigation,
                            ownerId: r.ownerId ?? "",
                            reviewDueAt: dateValue(r.reviewDueAt),
                          }}
                        />
                      </div>
                    </details>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
