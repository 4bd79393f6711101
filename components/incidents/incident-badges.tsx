import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/domain/incident-status";
import { SEVERITY_LABEL, SEVERITY_TONE } from "@/lib/domain/severity";

// Severity and status read the same on every page: the vocabulary's label in its colour.
// Plain strings are accepted because some rows (raw SQL reads) are typed loosely.
export function SeverityBadge({ severity }: { severity: string }) {
  return <Badge tone={SEVERITY_TONE[severity]}>{SEVERITY_LABEL[severity]}</Badge>;
}

/** A DR drill reads as one wherever the incident is shown: nobody mistakes it for a real outage. */
export function DrillBadge({ drill }: { drill: boolean }) {
  return drill ? <Badge tone="amber">DRILL</Badge> : null;
}

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}

/** The severity and status columns every incident table shows, in that order. */
export function SeverityStatusCells({ severity, status }: { severity: string; status: string }) {
  return (
    <>
      <Td>
        <SeverityBadge severity={severity} />
      </Td>
      <Td>
        <StatusBadge status={status} />
      </Td>
    </>
  );
}
