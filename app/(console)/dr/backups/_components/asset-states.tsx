import { Badge } from "@/components/ui/badge";
import { RPO_STATE_LABEL, RPO_STATE_TONE, type RpoState } from "@/lib/domain/recovery";

type AssetState = { id: string; name: string; state: RpoState; headline: string; reason: string };

/** Each data asset's RPO state as a list, not a table: it reads on a phone without scrolling. */
export function AssetStates({ assets }: { assets: AssetState[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="RPO state per data asset">
      {assets.map((a) => (
        <li
          key={a.id}
          aria-label={a.name}
          className={`min-w-0 rounded-md p-3 ring-1 ${a.state === "BREACHED" ? "bg-red-50 ring-red-300" : "ring-slate-200"}`}
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium text-slate-900">{a.name}</span>
            <Badge tone={RPO_STATE_TONE[a.state]}>{RPO_STATE_LABEL[a.state]}</Badge>
          </div>
          <p className={`mt-1 text-sm ${a.state === "BREACHED" ? "font-medium text-red-700" : "text-slate-700"}`}>
            {a.headline.charAt(0).toUpperCase() + a.headline.slice(1)}
          </p>
          <p className="mt-1 text-xs text-slate-600">{a.reason}</p>
        </li>
      ))}
    </ul>
  );
}
