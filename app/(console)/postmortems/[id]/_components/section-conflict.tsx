"use client";

import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { TheirVersion } from "@/lib/server/postmortems/save-section";

type Props = {
  label: string;
  theirs: TheirVersion;
  yours: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
};

/** Both texts side by side (stacked on a phone) after someone else saved the same section. */
export function SectionConflict({ label, theirs, yours, onKeepMine, onUseTheirs }: Props) {
  return (
    <section aria-label="Conflicting versions" className="space-y-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-300">
      <p role="alert" className="text-sm font-medium text-amber-900">
        {theirs.by ?? "Someone"} saved {label} while you were editing it. Your text is not saved yet: keep yours (it
        replaces theirs) or use theirs (yours is dropped).
      </p>
      <div className="grid gap-3 md:grid-cols-2 [&>*]:min-w-0">
        <figure className="space-y-1">
          <figcaption className="text-sm font-semibold">
            Their version, saved by {theirs.by ?? "someone"} at <LocalTime value={theirs.at} />
          </figcaption>
          <pre
            tabIndex={0}
            className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono text-xs ring-1 ring-slate-200"
          >
            {theirs.body || "(empty)"}
          </pre>
        </figure>
        <figure className="space-y-1">
          <figcaption className="text-sm font-semibold">Your version</figcaption>
          <pre
            tabIndex={0}
            className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono text-xs ring-1 ring-slate-200"
          >
            {yours || "(empty)"}
          </pre>
        </figure>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onKeepMine}>
          Keep mine
        </Button>
        <Button type="button" variant="secondary" onClick={onUseTheirs}>
          Use theirs
        </Button>
      </div>
    </section>
  );
}
