import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { Tone } from "@/lib/domain/vocabulary";
import type { SloStatus } from "@/lib/server/slo/list-status";

type Alert = SloStatus["alerts"][number];

// A page is red; a ticket or missing data is a notice (amber); a dry run changes nothing (gray).
function alertTone(a: Alert): Tone {
  if (a.dryRun) return "gray";
  return a.rule === "page-fast" || a.rule === "page-slow" ? "red" : "amber";
}

/** The SLO's alerts firing now, each with its reason in plain words; dry runs say they only would fire. */
export function AlertList({ alerts }: { alerts: SloStatus["alerts"] }) {
  if (alerts.length === 0) return <p className="text-sm text-slate-600">No alert firing.</p>;
  return (
    <ul className="space-y-2" aria-label="Alerts firing">
      {alerts.map((a) => (
        <li key={a.id} className="rounded-md bg-slate-50 p-2 text-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={alertTone(a)}>{a.dryRun ? `Would fire: ${a.label}` : a.label}</Badge>
            <span className="text-xs text-slate-600">
              since <LocalTime value={a.firedAt} />
            </span>
            {a.incident ? (
              <Link href={`/incidents/${a.incident.number}`} className="text-xs text-indigo-700 underline">
                Incident #{a.incident.number}
              </Link>
            ) : null}
          </div>
          <p className="mt-1">{a.reason}</p>
        </li>
      ))}
    </ul>
  );
}
