import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { listRunbooks } from "@/lib/server/dr/lists";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Runbooks" };

export default async function RunbooksPage() {
  const ctx = await requirePageCtx("plan:read");
  const runbooks = await listRunbooks(ctx);
  return (
    <>
      <PageTitle description="Ordered recovery steps, as written in the plan.">Runbooks</PageTitle>
      <div className="grid gap-6 xl:grid-cols-2">
        {runbooks.map((rb) => (
          <Card key={rb.id} title={rb.title} id={`runbook-${rb.key}`} action={<Badge>{rb._count.runs} run(s)</Badge>}>
            <p className="mb-3 text-sm text-slate-600">{rb.description}</p>
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {rb.steps.map((s) => (
                <li key={s.id}>
                  <span className="font-medium">{s.title}</span>
                  {s.command ? (
                    <pre className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-xs">
                      {s.command}
                    </pre>
                  ) : null}
                </li>
              ))}
            </ol>
          </Card>
        ))}
      </div>
    </>
  );
}
