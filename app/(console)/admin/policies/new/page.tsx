import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { listActiveUsers } from "@/lib/server/policies/list-active-users";
import { requirePageCtx } from "@/lib/server/session";
import { PolicyEditor } from "../_components/policy-editor";

export const metadata: Metadata = { title: "New escalation policy" };

export default async function NewPolicyPage() {
  const ctx = await requirePageCtx("policy:manage");
  const users = await listActiveUsers(ctx);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/policies" className="text-indigo-700 hover:underline">
          ← Escalation policies
        </Link>
      </p>
      <PageTitle>New escalation policy</PageTitle>
      <Card title="Policy" id="policy">
        <PolicyEditor policy={null} users={users} />
      </Card>
    </>
  );
}
