import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { placeholders } from "@/lib/domain/templates";
import { requirePageCtx } from "@/lib/server/session";
import { listTemplates } from "@/lib/server/templates/list";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  const ctx = await requirePageCtx("plan:read");
  const templates = await listTemplates(ctx);
  return (
    <>
      <PageTitle description="The messages stakeholders receive. {placeholders} are filled from the incident.">
        Communication templates
      </PageTitle>
      <div className="grid gap-6 xl:grid-cols-2">
        {templates.map((t) => (
          <Card key={t.id} title={t.name} id={`template-${t.key}`} action={<Badge>version {t.currentVersion}</Badge>}>
            {t.current ? (
              <>
                <p className="text-sm font-semibold">{t.current.subject}</p>
                <pre className="mt-3 whitespace-pre-wrap rounded bg-slate-50 p-3 font-mono text-xs">
                  {t.current.body}
                </pre>
                <p className="mt-3 text-xs text-slate-600">
                  Placeholders:{" "}
                  {placeholders(`${t.current.subject}\n${t.current.body}`)
                    .map((p) => `{${p}}`)
                    .join(" ")}
                </p>
                <p className="mt-1 text-xs text-slate-600">
                  Used by {t._count.rules} matrix rules · {t._count.versions} version(s)
                </p>
              </>
            ) : (
              <p className="text-sm text-slate-600">No version yet.</p>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
