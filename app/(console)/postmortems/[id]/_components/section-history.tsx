"use client";

import { useState } from "react";
import { LocalTime } from "@/components/ui/local-time";
import { sectionHistoryAction, type HistoryAnswer } from "../section-actions";

type Props = { postmortemId: string; sectionKey: string; label: string };

/** Who changed the section and when, read each time it is opened; any revision's text on request. */
export function SectionHistory({ postmortemId, sectionKey, label }: Props) {
  const [answer, setAnswer] = useState<HistoryAnswer | null>(null);
  const [shown, setShown] = useState<string | null>(null);

  async function load(open: boolean) {
    if (!open) return;
    setAnswer(null);
    try {
      setAnswer(await sectionHistoryAction({ postmortemId, key: sectionKey }));
    } catch {
      setAnswer({ ok: false, message: "The history could not be loaded. Close and open it again to retry." });
    }
  }

  return (
    <details className="text-sm" onToggle={(e) => void load(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-slate-700">
        History<span className="sr-only"> of {label}</span>
      </summary>
      <div className="mt-2">
        {answer === null ? (
          <p role="status" className="text-slate-500">
            Loading history…
          </p>
        ) : !answer.ok ? (
          <p role="alert" className="text-red-700">
            {answer.message}
          </p>
        ) : answer.revisions.length === 0 ? (
          <p className="text-slate-600">No saved versions yet.</p>
        ) : (
          <ol className="space-y-2">
            {answer.revisions.map((r) => (
              <li key={r.id} className="rounded-md p-2 ring-1 ring-slate-200">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    Version {r.version} by {r.by}, <LocalTime value={r.at} />
                  </span>
                  <button
                    type="button"
                    aria-expanded={shown === r.id}
                    onClick={() => setShown(shown === r.id ? null : r.id)}
                    className="text-indigo-700 underline-offset-2 hover:underline"
                  >
                    {shown === r.id ? "Hide text" : "Show text"}
                    <span className="sr-only"> of version {r.version}</span>
                  </button>
                </div>
                {shown === r.id ? (
                  <pre
                    tabIndex={0}
                    className="mt-2 max-h-72 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs"
                  >
                    {r.body || "(empty)"}
                  </pre>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
