import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { listPolicies } from "@/lib/server/policies/list";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Escalation policies" };

export default async function PoliciesPage() {
  const ctx = await requirePageCtx("policy:manage");
  const policies = await listPolicies(ctx);
  return (
    <>
      <PageTitle description="Who is paged when an incident is declared, and who next when nobody acknowledges. New incidents use the default policy; a running incident keeps the version it was declared under.">
        Escalation policies
      </PageTitle>
      <Card
        title="Policies"
        id="policies"
        action={
          <Link
            href="/admin/policies/new"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500"
          >
            New policy
          </Link>
        }
      >
        <Table caption="Escalation policies" head={["Policy", "Levels (escalate after)", "Repeats", "Used by"]}>
          {policies.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`/admin/policies/${p.id}`} className="font-medium text-indigo-700 hover:underline">
                  {p.name}
                </Link>{" "}
                <span className="text-xs text-slate-500">v{p.version}</span>{" "}
                {p.isDefault ? <Badge tone="green">Default</Badge> : null}
                {p.description ? <div className="mt-1 max-w-prose text-xs text-slate-600">{p.description}</div> : null}
              </Td>
              <Td>
                <ol className="list-decimal pl-4">
                  {p.levels.map((l) => (
                    <li key={l.id}>
                      {l.name} · {l.escalateAfterMinutes} min
                      {l.targets.some((t) => t.userId || t.email) ? null : (
                        <span className="text-amber-700"> · nobody paged yet</span>
                      )}
                    </li>
                  ))}
                </ol>
              </Td>
              <Td>{p.repeatCount}</Td>
              <Td>{p._count.incidents} incident(s)</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
