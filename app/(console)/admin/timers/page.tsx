import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { formatLateness, isLate, LATE_THRESHOLD_MS } from "@/lib/domain/lateness";
import { requirePageCtx } from "@/lib/server/session";
import { getTimerAudit } from "@/lib/server/timers/get-timer-audit";
import { Figure } from "./_components/figure";
import { PreciseTime } from "./_components/precise-time";

export const metadata: Metadata = { title: "Timer audit" };

const LIMIT_S = LATE_THRESHOLD_MS / 1000;

function Empty({ children }: { children: string }) {
  return <p className="mt-2 text-sm text-slate-600">{children}</p>;
}

function Key({ kind, value }: { kind: string; value: string }) {
  return (
    <>
      <div className="font-medium">{kind}</div>
      <div className="max-w-xs break-all font-mono text-xs text-slate-600">{value}</div>
    </>
  );
}

export default async function TimersPage() {
  const ctx = await requirePageCtx("audit:read");
  const audit = await getTimerAudit(ctx);
  const { summary } = audit;
  return (
    <>
      <PageTitle
        description={`Every escalation, notification and delivery deadline is a row in the database. This compares when each was planned with when a worker fired it, and flags any more than ${LIMIT_S} s late.`}
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

        <Card title={`Flagged: more than ${LIMIT_S} s late`} id="flagged">
          {audit.flagged.length === 0 ? (
            <Empty>No deadline fired or waited more than a minute late in the last 24 hours.</Empty>
          ) : (
            <Table caption="Flagged deadlines" head={["Deadline", "Planned", "Fired", "Late by", "Why"]}>
              {audit.flagged.map((f) => (
                <tr key={f.id} className="bg-red-50">
                  <Td>
                    <Key kind={f.kind} value={f.key} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <PreciseTime value={f.plannedAt} />
                  </Td>
                  <Td className="whitespace-nowrap">{f.firedAt ? <PreciseTime value={f.firedAt} /> : "not yet"}</Td>
                  <Td className="whitespace-nowrap font-semibold text-red-700">{formatLateness(f.latenessMs)}</Td>
                  <Td>
                    <Badge tone="red">{f.reason === "OVERDUE" ? "Overdue, not yet fired" : "Fired late"}</Badge>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <Card title="Overdue, not yet fired" id="overdue">
          {audit.overdue.length === 0 ? (
            <Empty>{`No pending deadline is more than ${LIMIT_S} s past its planned time.`}</Empty>
          ) : (
            <Table caption="Overdue deadlines" head={["Deadline", "Planned", "Overdue by", "Attempts", "Last error"]}>
              {audit.overdue.map((j) => (
                <tr key={j.id}>
                  <Td>
                    <Key kind={j.kind} value={j.key} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <PreciseTime value={j.plannedAt} />
                  </Td>
                  <Td className="whitespace-nowrap font-semibold text-red-700">
                    {formatLateness(audit.now.getTime() - j.plannedAt.getTime())}
                  </Td>
                  <Td>{j.attempts}</Td>
                  <Td className="text-xs text-slate-700">{j.lastError ?? ""}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <Card title="Failed" id="failed">
          {audit.failed.length === 0 ? (
            <Empty>No deadline has failed for good.</Empty>
          ) : (
            <Table caption="Failed deadlines" head={["Deadline", "Planned", "Fired", "Attempts", "Last error"]}>
              {audit.failed.map((j) => (
                <tr key={j.id}>
                  <Td>
                    <Key kind={j.kind} value={j.key} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <PreciseTime value={j.plannedAt} />
                  </Td>
                  <Td className="whitespace-nowrap">{j.firedAt ? <PreciseTime value={j.firedAt} /> : "never"}</Td>
                  <Td>{j.attempts}</Td>
                  <Td className="text-xs text-red-700">{j.lastError ?? ""}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <Card title="Recently fired" id="fired">
          {audit.fired.length === 0 ? (
            <Empty>No deadline has fired yet.</Empty>
          ) : (
            <Table
              caption="Fired deadlines"
              head={["Deadline", "Planned", "Fired", "Lateness", "Status", "Attempts", "Last error"]}
            >
              {audit.fired.map((j) => {
                const late = isLate(j.latenessMs);
                return (
                  <tr key={j.id} className={late ? "bg-red-50" : undefined}>
                    <Td>
                      <Key kind={j.kind} value={j.key} />
                    </Td>
                    <Td className="whitespace-nowrap">
                      <PreciseTime value={j.plannedAt} />
                    </Td>
                    <Td className="whitespace-nowrap">
                      <PreciseTime value={j.firedAt!} />
                    </Td>
                    <Td className={`whitespace-nowrap ${late ? "font-semibold text-red-700" : ""}`}>
                      {formatLateness(j.latenessMs)}
                    </Td>
                    <Td>
                      <Badge tone={j.status === "FAILED" ? "red" : j.status === "DONE" ? "green" : "amber"}>
                        {j.status}
                      </Badge>
                    </Td>
                    <Td>{j.attempts}</Td>
                    <Td className="text-xs text-slate-700">{j.lastError ?? ""}</Td>
                  </tr>
                );
              })}
            </Table>
          )}
          <p className="mt-3 text-xs text-slate-500">
            The {audit.fired.length} most recently fired deadlines, newest first.
          </p>
        </Card>
      </div>
    </>
  );
}
