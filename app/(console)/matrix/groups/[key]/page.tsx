import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { windowLabel } from "@/lib/domain/matrix";
import { getGroup } from "@/lib/server/matrix/get-group";
import { requirePageCtx } from "@/lib/server/session";
import { AddMemberForm } from "./_components/add-member-form";
import { DeleteGroupForm } from "./_components/delete-group-form";
import { GroupSettingsForm } from "./_components/group-settings-form";
import { MemberRow, type MemberView } from "./_components/member-row";

export const metadata: Metadata = { title: "Stakeholder group" };

async function load(ctx: Awaited<ReturnType<typeof requirePageCtx>>, key: string) {
  try {
    return await getGroup(ctx, key);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function GroupPage({ params }: { params: Promise<{ key: string }> }) {
  const ctx = await requirePageCtx("matrix:manage");
  const { group, users } = await load(ctx, (await params).key);
  const members: MemberView[] = group.members.map((m) => ({
    id: m.id,
    kind: m.kind,
    label: m.label || (m.user?.name ?? m.email ?? m.webhookUrl ?? ""),
    address: m.user?.email ?? m.email ?? m.webhookUrl ?? "",
    inactive: m.kind === "USER" && m.user?.active === false,
    webhookTimeoutMs: m.webhookTimeoutMs,
  }));
  const uses = group.rules.map((r) => `${r.severity} ${windowLabel(r.withinMinutes).toLowerCase()}`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/matrix#groups" className="text-indigo-700 hover:underline">
          ← Notification matrix
        </Link>
      </p>
      <PageTitle description={<span className="font-mono text-xs">{group.key}</span>}>{group.name}</PageTitle>
      <div className="space-y-6">
        <Card title="Members" id="members">
          <Table caption={`Members of ${group.name}`} head={["Kind", "Who", ""]}>
            {members.map((m) => (
              <MemberRow key={m.id} member={m} groupKey={group.key} />
            ))}
          </Table>
          {members.length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-600">No members yet: nobody is told when this group is due.</p>
          ) : null}
          <div className="mt-4 border-t border-slate-200 pt-4">
            <AddMemberForm group={{ id: group.id, key: group.key }} users={users} />
          </div>
        </Card>
        <Card title="Group" id="group-settings">
          <GroupSettingsForm group={group} />
          <div className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">
            <p className="mb-3">
              {uses.length
                ? `Used by the matrix for ${uses.join(", ")}. A group used by rules cannot be deleted.`
                : "No matrix rule uses this group."}
            </p>
            <DeleteGroupForm group={group} />
          </div>
        </Card>
      </div>
    </>
  );
}
