import type { TemplateText as Text } from "@/lib/domain/template-render";

/** A template's current texts as written, placeholders and all, for those who may not edit. */
export function TemplateText({ description, text }: { description: string; text: Text }) {
  return (
    <div className="space-y-3 text-sm">
      {description ? <p className="text-slate-700">{description}</p> : null}
      <dl className="space-y-3">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">E-mail subject</dt>
          <dd className="mt-1 break-words font-semibold">{text.subject}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">E-mail body</dt>
          <dd className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-mono text-xs">
            {text.body}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Short text</dt>
          <dd className="mt-1 break-words font-mono text-xs">{text.shortText || "(the subject)"}</dd>
        </div>
      </dl>
    </div>
  );
}
