import { PLACEHOLDER_NAMES, PLACEHOLDERS } from "@/lib/domain/placeholders";

/** Every placeholder a template may use, with what it is filled with. */
export function PlaceholderList() {
  return (
    <details className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer font-medium text-slate-700">Placeholders you can use</summary>
      <dl className="mt-2 space-y-1">
        {PLACEHOLDER_NAMES.map((name) => (
          <div key={name} className="sm:flex sm:gap-2">
            <dt className="shrink-0 break-all font-mono text-xs text-indigo-800">{`{${name}}`}</dt>
            <dd className="text-xs text-slate-600">{PLACEHOLDERS[name]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
