import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { formatLateness, isLate, LATE_THRESHOLD_MS } from "@/lib/domain/lateness";
import { requirePageCtx } from "@/lib/server/session";
import { getTimerAudit } from "@/lib/server/timers/get-timer-audit";
import { DeadlineCard } from "./_components/deadline-card";
import { Figure } from "./_components/figure";
import { PreciseTime } from "./_components/precise-time";
import { TargetsCard } from "./_components/targets-card";

export const metadata: Metadata = { title: "Timer audit" };

const LIMIT_S = LATE_THRESHOLD_MS / 1000;

export default async function TimersPage() {
  const ctx = await requirePageCtx("audit:read");
  const audit = await getTimerAudit(ctx);
  const { summary } = audit;
  return (
    <>
      <PageTitle
        description={`Every escalation, notification and delivery deadline is a row in the database. This compares when each was planned with when a worker fired it, flags any more than ${LIMIT_S} s late, and lists the delivery targets that are failing.`}
      >
        Timer audit
      </PageTitle>
      <div className="space-y-6">
        <Card title="Last 24 hours" id="summary">
          <dl className="grid gap-3 sm:grid-cols-5">
            <Figure label="Deadlines fired" value={String(summary.count)} />
            <Figure label="p50 lateness" value={formatLateness(summary.p50)} />
            <Figure
              label="p99 lateness"
              value={formatLateness(summary.p99)}
              alert={summary.p99 !== null && isLate(summary.p99)}
            />
            <Figure
              label="Max lateness"
              value={formatLateness(summary.max)}
              alert={summary.max !== null && isLate(summary.max)}
            />
            <Figure
              label={`Late by more than ${LIMIT_S} s`}
              value={String(summary.lateCount)}
              alert={summary.lateCount > 0}
            />
          </dl>
        </Card>

        <DeadlineCard
          title={`Flagged: more than ${LIMIT_S} s late`}
          id="flagged"
          empty="No deadline fired or waited more than a minute late in the last 24 hours."
          caption="Flagged deadlines"
          head={["Fired", "Late by", "Why"]}
          rows={audit.flagged}
          rowClassName={() => "bg-red-50"}
          cells={(f) => (
            <>
              <Td className="whitespace-nowrap">{f.firedAt ? <PreciseTime value={f.firedAt} /> : "not yet"}</Td>
              <Td className="whitespace-nowrap font-semibold text-red-700">{formatLateness(f.latenessMs)}</Td>
              <Td>
                <Badge tone="red">{f.reason === "OVERDUE" ? "Overdue, not yet fired" : "Fired late"}</Badge>
              </Td>
            </>
          )}
        />

        <DeadlineCard
          title="Overdue, not yet fired"
          id="overdue"
          empty={`No pending deadline is more than ${LIMIT_S} s past its planned time.`}
          caption="Overdue deadlines"
          head={["Overdue by", "Attempts", "Last error"]}
          rows={audit.overdue}
          cells={(j) => (
            <>
              <Td className="whitespace-nowrap font-semibold text-red-700">
                {formatLateness(audit.now.getTime() - j.plannedAt.getTime())}
              </Td>
              <Td>{j.attempts}</Td>
              <Td className="text-xs text-slate-700">{j.lastError ?? ""}</Td>
            </>
          )}
        />

        <TargetsCard targets={audit.targets} />

        <DeadlineCard
          title="Failed"
          id="failed"
          empty="No deadline has failed for good."
          caption="Failed deadlines"
          head={["Fired", "Attempts", "Last error"]}
          rows={audit.failed}
          cells={(j) => (
            <>
              <Td className="whitespace-nowrap">{j.firedAt ? <PreciseTime value={j.firedAt} /> : "never"}</Td>
              <Td>{j.attempts}</Td>
              <Td className="text-xs text-red-700">{j.lastError ?? ""}</Td>
            </>
          )}
        />

        <DeadlineCard
          title="Recently fired"
          id="fired"
          empty="No deadline has fired yet."
          caption="Fired deadlines"
          head={["Fired", "Lateness", "Status", "Attempts", "Last error"]}
          rows={audit.fired}
          rowClassName={(j) => (isLate(j.latenessMs) ? "bg-red-50" : undefined)}
          cells={(j) => (
            <>
              <Td className="whitespace-nowrap">
                <PreciseTime value={j.firedAt!} />
              </Td>
              <Td className={`whitespace-nowrap ${isLate(j.latenessMs) ? "font-semibold text-red-700" : ""}`}>
                {formatLateness(j.latenessMs)}
              </Td>
              <Td>
                <Badge tone={j.status === "FAILED" ? "red" : j.status === "DONE" ? "green" : "amber"}>{j.status}</Badge>
              </Td>
              <Td>{j.attempts}</Td>
              <Td className="text-xs text-slate-700">{j.lastError ?? ""}</Td>
            </>
          )}
        >
          <p className="mt-3 text-xs text-slate-500">
            The {audit.fired.length} most recently fired deadlines, newest first.
          </p>
        </DeadlineCard>
      </div>
    </>
  );
}
