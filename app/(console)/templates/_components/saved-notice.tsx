/** What the last save did, announced once the page has the new version. */
export function SavedNotice({ saved, restored }: { saved?: string; restored?: string }) {
  const version = Number(saved);
  if (!Number.isInteger(version) || version < 1) return null;
  const from = Number(restored);
  return (
    <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
      {Number.isInteger(from) && from > 0
        ? `Version ${from} restored as version ${version}.`
        : version === 1
          ? "Template created as version 1."
          : `Saved as version ${version}.`}
    </p>
  );
}
