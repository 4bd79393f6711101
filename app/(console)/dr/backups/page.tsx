import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { RPO_STATE_LABEL, RPO_STATE_TONE } from "@/lib/domain/recovery";
import { listBackups } from "@/lib/server/dr/lists";
import { requirePageCtx } from "@/lib/server/session";

export const metadata: Metadata = { title: "Backups" };

export default async function BackupsPage() {
  const ctx = await requirePageCtx("plan:read");
  const { policies, assets } = await listBackups(ctx);
  return (
    <>
      <PageTitle description="Backup tiers, and whether each data asset's newest verified backup is within its RPO.">
        Backups
      </PageTitle>
      <div className="space-y-6">
        <Card title="Data assets against RPO" id="assets">
          <Table caption="RPO state per data asset" head={["Data", "RPO", "Newest verified backup", "Age", "State"]}>
            {assets.map((a) => (
              <tr key={a.id}>
                <Td>{a.name}</Td>
                <Td>{formatMinutes(a.rpoMinutes)}</Td>
                <Td>{a.lastVerifiedAt ? <LocalTime value={a.lastVerifiedAt} /> : "never"}</Td>
                <Td>{a.ageMinutes === null ? "—" : formatMinutes(Math.round(a.ageMinutes))}</Td>
                <Td>
                  <Badge tone={RPO_STATE_TONE[a.state]}>{RPO_STATE_LABEL[a.state]}</Badge>
                  <span className="mt-1 block text-xs text-slate-600">{a.reason}</span>
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title="Backup policies" id="policies">
          <Table
            caption="Backup policies"
            head={["Policy", "Tier", "Location", "Replication / frequency", "Retention", "Protection", "Last verified"]}
          >
            {policies.map((p) => (
              <tr key={p.id}>
                <Td>
                  {p.name}
                  {p.scope.length ? <span className="block text-xs text-slate-600">{p.scope.join(", ")}</span> : null}
                </Td>
                <Td>{p.tier}</Td>
                <Td>{p.location || "—"}</Td>
                <Td>{[p.replication, p.frequency].filter(Boolean).join(" · ") || "—"}</Td>
                <Td>{p.retention || "—"}</Td>
                <Td>{[p.encryption, p.compression, p.integrityCheck].filter(Boolean).join(" · ") || "—"}</Td>
                <Td>{p.lastVerifiedAt ? <LocalTime value={p.lastVerifiedAt} /> : "never"}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
