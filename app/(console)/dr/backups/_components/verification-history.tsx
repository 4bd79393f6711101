import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";

type Row = { id: string; verifiedAt: Date; ok: boolean; source: string; note: string };

/** A policy's latest verifications, newest first; a failed one is shown but never made it count. */
export function VerificationHistory({ policy, rows }: { policy: string; rows: Row[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No verification recorded yet.</p>;
  return (
    <Table caption={`Verifications of ${policy}`} head={["Verified at", "Result", "By", "Note"]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <Td className="whitespace-nowrap">
            <LocalTime value={r.verifiedAt} />
          </Td>
          <Td>
            <Badge tone={r.ok ? "green" : "red"}>{r.ok ? "OK" : "Failed"}</Badge>
          </Td>
          <Td className="break-all">{r.source}</Td>
          <Td>{r.note || "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}
