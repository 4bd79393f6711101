import type { Metadata } from "next";
import { Card, PageTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { isRole } from "@/lib/domain/roles";
import { requirePageCtx } from "@/lib/server/session";
import { listUsers } from "@/lib/server/users/list";
import { CreateUserForm } from "./_components/create-user-form";
import { UserRow } from "./_components/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const ctx = await requirePageCtx("user:manage");
  const users = await listUsers(ctx);
  return (
    <>
      <PageTitle description="Who can sign in to Bridge, and what their role lets them do.">Users</PageTitle>
      <div className="space-y-6">
        <Card title="People" id="people">
          <Table caption="Users" head={["User", "Role", "Access", ""]}>
            {users.map((u) => (isRole(u.role) ? <UserRow key={u.id} user={{ ...u, role: u.role }} /> : null))}
          </Table>
        </Card>
        <Card title="Add a user" id="add-user">
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
