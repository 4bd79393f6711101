import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { POSTMORTEM_STATUS, POSTMORTEM_STATUSES } from "@/lib/domain/postmortem-status";

export type PostmortemFilters = { q?: string; status?: string };

/** A plain GET form: a search lives in the URL, so it can be bookmarked and shared. */
export function PostmortemFilters({
  filters,
  errors,
}: {
  filters: PostmortemFilters;
  errors: Record<string, string[]>;
}) {
  return (
    <form
      method="get"
      action="/postmortems"
      role="search"
      aria-label="Search postmortems"
      className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end"
    >
      <TextField
        label="Search"
        name="q"
        type="search"
        defaultValue={filters.q ?? ""}
        placeholder="Words from any section or the incident title"
        errors={errors.q}
      />
      <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} errors={errors.status}>
        <option value="">Any status</option>
        {POSTMORTEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {POSTMORTEM_STATUS[s].label}
          </option>
        ))}
      </SelectField>
      <div className="flex gap-2">
        <Button type="submit">Search</Button>
        <Link
          href="/postmortems"
          className="inline-flex items-center rounded-md px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
