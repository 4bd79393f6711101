import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SLO_ALERT_MODE_LABELS, SLO_KIND_LABELS } from "@/lib/domain/slo/vocabulary";
import type { SloStatus } from "@/lib/server/slo/list-status";
import { AlertList } from "./alert-list";
import { BurnRulesTable } from "./burn-rules-table";
import { SloFigures } from "./slo-figures";

const LINK = "text-indigo-700 underline-offset-2 hover:underline";

/** One SLO on /slo: where it stands, how fast it burns, what fires, and where to look closer. */
export function SloCard({ status, canManage }: { status: SloStatus; canManage: boolean }) {
  return (
    <Card
      title={`${status.name} — ${status.service.name}`}
      id={`slo-${status.slug}`}
      action={
        <Link href={`/slo/${status.slug}`} className={`text-sm ${LINK}`}>
          Charts<span className="sr-only"> of {status.name}</span>
        </Link>
      }
    >
      <div className="space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <Badge>{SLO_KIND_LABELS[status.kind]}</Badge>
          <span>{status.description}</span>
          <span>Alerts: {SLO_ALERT_MODE_LABELS[status.alertMode].toLowerCase()}</span>
        </p>
        <SloFigures status={status} />
        <BurnRulesTable status={status} />
        <AlertList alerts={status.alerts} />
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/slo/${status.slug}`} className={LINK}>
            Charts and history<span className="sr-only"> of {status.name}</span>
          </Link>
          {canManage ? (
            <Link href={`/slo/${status.slug}/settings`} className={LINK}>
              Settings<span className="sr-only"> of {status.name}</span>
            </Link>
          ) : null}
        </p>
      </div>
    </Card>
  );
}
