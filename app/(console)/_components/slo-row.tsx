import Link from "next/link";
import { formatValue } from "@/components/charts/format";
import { Badge } from "@/components/ui/badge";
import { attainmentTone, budgetTone } from "@/lib/domain/slo/tone";
import type { SloStatus } from "@/lib/server/slo/list-status";

/** Every SLO in one row: attainment vs target, budget left, and whether an alert fires. */
export function SloRow({ slos }: { slos: SloStatus[] }) {
  return (
    <section aria-labelledby="slo-row-title" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="slo-row-title" className="mb-3 text-sm font-semibold text-slate-900">
        <Link href="/slo" className="underline-offset-2 hover:underline">
          Service levels
        </Link>
      </h2>
      {slos.length === 0 ? (
        <p className="text-sm text-slate-600">No service level objectives are defined.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {slos.map((s) => (
            <SloTile key={s.id} status={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SloTile({ status: s }: { status: SloStatus }) {
  const firing = s.alerts.filter((a) => !a.dryRun);
  return (
    <li className="rounded-md p-3 ring-1 ring-slate-200" data-testid={`slo-tile-${s.slug}`}>
      <div className="flex items-center justify-between gap-2">
        <Link
          href={`/slo/${s.slug}`}
          className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline"
        >
          {s.name}
        </Link>
        <FiringMarker firing={firing.length > 0} wouldFire={s.alerts.length > 0} />
      </div>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold tabular-nums">
          {s.attainment === null ? "no data" : formatValue(s.attainment, "percent")}
        </span>
        <Badge tone={attainmentTone(s.attainment, s.targetPercent)}>
          target {formatValue(s.targetPercent, "percent")}
        </Badge>
      </p>
      <p className="mt-1 text-xs text-slate-600">
        Budget left:{" "}
        <span className={budgetTone(s.budget.remainingFraction) === "red" ? "font-semibold text-red-700" : ""}>
          {s.budget.remainingFraction === null ? "no data" : formatValue(s.budget.remainingFraction * 100, "percent")}
        </span>
      </p>
    </li>
  );
}

function FiringMarker({ firing, wouldFire }: { firing: boolean; wouldFire: boolean }) {
  if (firing) return <Badge tone="red">Firing</Badge>;
  // Dry-run alerts change nothing, but show what the rules would do.
  if (wouldFire) return <Badge tone="gray">Would fire</Badge>;
  return null;
}
