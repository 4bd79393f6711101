import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { can } from "@/lib/domain/roles";
import { TEMPLATE_AUDIENCE_LABEL, TEMPLATE_STATE_LABEL, TEMPLATE_STATE_TONE } from "@/lib/domain/template-vocabulary";
import { requirePageCtx } from "@/lib/server/session";
import { listTemplates } from "@/lib/server/templates/list";

export const metadata: Metadata = { title: "Templates" };

type Row = Awaited<ReturnType<typeof listTemplates>>[number];

function TemplateCard({ t, editable }: { t: Row; editable: boolean }) {
  return (
    <Card
      title={t.name}
      id={`template-${t.key}`}
      action={
        <Link href={`/templates/${t.key}`} className="text-sm text-indigo-700 hover:underline">
          {editable ? "Edit" : "Versions"}
          <span className="sr-only"> {t.name}</span>
        </Link>
      }
    >
      <div className="flex flex-wrap gap-2">
        <Badge tone={TEMPLATE_STATE_TONE[t.state]}>{TEMPLATE_STATE_LABEL[t.state]}</Badge>
        <Badge>{TEMPLATE_AUDIENCE_LABEL[t.audience]}</Badge>
        <Badge tone="indigo">version {t.currentVersion}</Badge>
      </div>
      {t.description ? <p className="mt-2 text-sm text-slate-700">{t.description}</p> : null}
      {t.current ? (
        <>
          <p className="mt-3 break-words text-sm font-semibold">{t.current.subject}</p>
          <pre
            tabIndex={0}
            className="mt-2 max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 font-mono text-xs"
          >
            {t.current.body}
          </pre>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-600">No version yet.</p>
      )}
      <p className="mt-2 text-xs text-slate-600">
        Used by {t._count.rules} matrix rule(s) · {t._count.versions} version(s)
      </p>
    </Card>
  );
}

export default async function TemplatesPage() {
  const ctx = await requirePageCtx("plan:read");
  const editable = can(ctx.actor.role, "template:manage");
  const templates = await listTemplates(ctx);
  const active = templates.filter((t) => !t.archivedAt);
  const archived = templates.filter((t) => t.archivedAt);
  return (
    <>
      <PageTitle description="The messages stakeholders and the status page receive. {placeholders} are filled from the incident.">
        Communication templates
      </PageTitle>
      {editable ? (
        <p className="mb-4">
          <Link
            href="/templates/new"
            className="inline-flex rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
          >
            New template
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-2">
        {active.map((t) => (
          <TemplateCard key={t.id} t={t} editable={editable} />
        ))}
      </div>
      {archived.length ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Archived templates ({archived.length})
          </summary>
          <div className="mt-3 grid gap-6 xl:grid-cols-2">
            {archived.map((t) => (
              <TemplateCard key={t.id} t={t} editable={editable} />
            ))}
          </div>
        </details>
      ) : null}
    </>
  );
}
