import { Badge } from "@/components/ui/badge";
import { isoDate, type Due } from "@/lib/domain/dr/schedule";

/** A test's next due day in the organisation's calendar, flagged when overdue; on-demand tests have none. */
export function DueText({ due }: { due: Due | null }) {
  if (!due) return <span className="text-slate-600">On demand</span>;
  if (due.neverRun) return <Badge tone="red">Due now: never run</Badge>;
  return (
    <span className="whitespace-nowrap">
      <time dateTime={isoDate(due.date)}>{isoDate(due.date)}</time>{" "}
      {due.overdue ? <Badge tone="red">Overdue</Badge> : null}
    </span>
  );
}

const minutes = (m: number | null) => (m === null ? "—" : `${m} min`);

/** "RTO 15 min · RPO 0 min". */
export function Objectives({ rto, rpo }: { rto: number | null; rpo: number | null }) {
  return (
    <span className="whitespace-nowrap">
      RTO {minutes(rto)} · RPO {minutes(rpo)}
    </span>
  );
}

/** A run's verdict: passed, failed, or still to be recorded. */
export function VerdictBadge({ passed }: { passed: boolean | null }) {
  return (
    <Badge tone={passed ? "green" : passed === false ? "red" : "gray"}>
      {passed ? "passed" : passed === false ? "failed" : "to record"}
    </Badge>
  );
}
