import Link from "next/link";
import { Table, Td } from "@/components/ui/table";

type Member = {
  kind: string;
  email: string | null;
  webhookUrl: string | null;
  label: string;
  user: { name: string; email: string } | null;
};
type Group = { id: string; key: string; name: string; members: Member[] | null };

function who(m: Member): string {
  if (m.kind === "USER") return m.user?.email ?? m.label;
  if (m.kind === "WEBHOOK") return `webhook ${m.label || m.webhookUrl}`;
  return m.email ?? m.label;
}

/** Groups and who is in them; admins get a link to each group's editor. */
export function GroupsTable({ groups, editable }: { groups: Group[]; editable: boolean }) {
  return (
    <Table caption="Stakeholder groups and members" head={["Group", "Key", "Members"]}>
      {groups.map((g) => (
        <tr key={g.id}>
          <Td>
            {editable ? (
              <Link
                href={`/matrix/groups/${g.key}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline"
              >
                {g.name}
              </Link>
            ) : (
              g.name
            )}
          </Td>
          <Td className="font-mono text-xs">{g.key}</Td>
          <Td>{g.members ? g.members.map(who).join(", ") || "No members" : "Hidden for your role"}</Td>
        </tr>
      ))}
    </Table>
  );
}
