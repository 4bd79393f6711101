"use client";

import { useState, type ReactNode } from "react";
import type { PreviewSample } from "@/lib/domain/placeholders";
import { renderTemplate, type TemplateText } from "@/lib/domain/template-render";

type Props = { text: TemplateText; samples: PreviewSample[] };

const NAME = /(\{[a-z_][a-z0-9_]*\})/gi;

/** The text with each unfilled placeholder marked, so it stands out where it would be sent. */
function marked(text: string, flagged: Set<string>): ReactNode[] {
  return text.split(NAME).map((part, i) =>
    i % 2 === 1 && flagged.has(part.slice(1, -1)) ? (
      <mark key={i} className="rounded bg-amber-100 px-0.5 text-amber-900 ring-1 ring-amber-400">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

const list = (names: string[]) => names.map((n) => `{${n}}`).join(", ");

/** The message as each channel would carry it, rendered in the browser as the author types. */
export function TemplatePreview({ text, samples }: Props) {
  const [chosen, setChosen] = useState(0);
  const sample = samples[chosen] ?? samples[0];
  const r = renderTemplate(text, sample.values);
  const flagged = new Set([...r.missing, ...r.unknown]);
  return (
    <section aria-labelledby="preview-title" className="min-w-0 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200">
      <h3 id="preview-title" className="text-sm font-semibold text-slate-900">
        Preview
      </h3>
      <label htmlFor="preview-sample" className="mt-2 block text-xs font-medium text-slate-700">
        Filled in from
      </label>
      <select
        id="preview-sample"
        value={chosen}
        onChange={(e) => setChosen(Number(e.target.value))}
        className="mt-1 block w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300"
      >
        {samples.map((s, i) => (
          <option key={s.label} value={i}>
            {s.label}
          </option>
        ))}
      </select>
      <div aria-live="polite" className="mt-3 space-y-2 text-sm">
        {r.missing.length ? (
          <p className="rounded bg-amber-50 p-2 text-amber-900 ring-1 ring-amber-300">
            <strong>Missing on {sample.label}:</strong> {list(r.missing)}. A message now would show{" "}
            {r.missing.length > 1 ? "them" : "it"} as written, in braces: fill the incident in before sending.
          </p>
        ) : (
          <p className="text-emerald-800">Every placeholder has a value on {sample.label}.</p>
        )}
        {r.unknown.length ? (
          <p className="rounded bg-red-50 p-2 text-red-800 ring-1 ring-red-300">
            <strong>Unknown placeholder{r.unknown.length > 1 ? "s" : ""}:</strong> {list(r.unknown)}. Saving will be
            refused.
          </p>
        ) : null}
      </div>
      <dl className="mt-4 space-y-3 text-sm">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">E-mail subject</dt>
          <dd className="mt-1 break-words font-semibold">{marked(r.subject, flagged)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">E-mail body</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words rounded bg-white p-3 ring-1 ring-slate-200">
            {marked(r.text, flagged)}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Short text (webhooks, chat)</dt>
          <dd className="mt-1 break-words font-mono text-xs">{marked(r.short, flagged)}</dd>
        </div>
      </dl>
    </section>
  );
}
