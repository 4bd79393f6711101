import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { isDomainError } from "@/lib/domain/errors";
import type { Ctx } from "@/lib/server/context";
import { getPolicy } from "@/lib/server/policies/get";
import { requirePageCtx } from "@/lib/server/session";
import { DeletePolicyForm } from "../_components/delete-policy-form";
import { PolicyEditor } from "../_components/policy-editor";

export const metadata: Metadata = { title: "Escalation policy" };

async function load(ctx: Ctx, id: string) {
  try {
    return await getPolicy(ctx, id);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function PolicyPage({ params, searchParams }: Props) {
  const ctx = await requirePageCtx("policy:manage");
  const { policy, users } = await load(ctx, (await params).id);
  const created = (await searchParams).created === "1";
  const { _count, ...stored } = policy;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/policies" className="text-indigo-700 hover:underline">
          ← Escalation policies
        </Link>
      </p>
      <PageTitle description={`Used by ${_count.incidents} incident(s).`}>
        {policy.name} {policy.isDefault ? <Badge tone="green">Default</Badge> : null}
      </PageTitle>
      {created ? (
        <p role="status" className="mb-4 text-sm text-emerald-700">
          Policy created.
        </p>
      ) : null}
      <div className="space-y-6">
        <Card title="Policy" id="policy">
          <PolicyEditor policy={stored} users={users} />
        </Card>
        <Card title="Delete" id="delete-policy">
          {policy.isDefault ? (
            <p className="text-sm text-slate-700">
              The default policy cannot be deleted: make another policy the default first.
            </p>
          ) : _count.incidents > 0 ? (
            <p className="text-sm text-slate-700">Incidents used this policy, so it is kept for their history.</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">No incident has used this policy.</p>
              <DeletePolicyForm policy={{ id: policy.id, name: policy.name }} />
            </>
          )}
        </Card>
      </div>
    </>
  );
}
