import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { STATUS_LABEL, STATUSES } from "@/lib/domain/incident-status";
import { SEVERITIES, SEVERITY_LABEL } from "@/lib/domain/severity";

export type Filters = { status?: string; severity?: string; component?: string; q?: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function IncidentFilters({
  filters,
  components,
}: {
  filters: Filters;
  components: { id: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/incidents"
      role="search"
      aria-label="Filter incidents"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end"
    >
      <SelectField label="Status" name="status" defaultValue={filters.status ?? ""}>
        <option value="">Any status</option>
        <option value="OPEN">Open (not resolved)</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Severity" name="severity" defaultValue={filters.severity ?? ""}>
        <option value="">Any severity</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Component" name="component" defaultValue={filters.component ?? ""}>
        <option value="">Any component</option>
        {components.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Search" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Title or impact" />
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link
          href="/incidents"
          className="inline-flex items-center rounded-md px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
