import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { ACTION_ITEM_STATUS, ACTION_ITEM_STATUSES } from "@/lib/domain/postmortem-status";

export type Filters = { ownerId?: string; status: string[]; overdue: boolean; componentId?: string };
type Choice = { id: string; name: string };

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ActionItemFilters({
  filters,
  owners,
  components,
}: {
  filters: Filters;
  owners: Choice[];
  components: Choice[];
}) {
  return (
    <form
      method="get"
      action="/action-items"
      role="search"
      aria-label="Filter action items"
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto] lg:items-end"
    >
      <SelectField label="Owner" name="ownerId" defaultValue={filters.ownerId ?? ""}>
        <option value="">Anyone</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField label="Component" name="componentId" defaultValue={filters.componentId ?? ""}>
        <option value="">Any component</option>
        {components.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="min-w-0">
        <legend className="text-sm font-medium text-slate-700">Status</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {ACTION_ITEM_STATUSES.map((s) => (
            <label key={s} className="inline-flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="status" value={s} defaultChecked={filters.status.includes(s)} />
              {ACTION_ITEM_STATUS[s].label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-1.5 text-sm font-medium">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />
          Overdue only
        </label>
        <Button type="submit">Apply</Button>
        <Link
          href="/action-items"
          className="inline-flex items-center rounded-md px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
