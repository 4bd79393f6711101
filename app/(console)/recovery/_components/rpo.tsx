import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { RPO_STATE_LABEL, RPO_STATE_TONE } from "@/lib/domain/recovery";
import type { listRpo } from "@/lib/server/recovery/list-rpo";

type Asset = Awaited<ReturnType<typeof listRpo>>[number];

/** Each data asset's recovery point objective: met, breached or no data, and why. */
export function Rpo({ assets }: { assets: Asset[] }) {
  return (
    <Card title="Recovery point objectives per data asset" id="rpo">
      {assets.length === 0 ? (
        <p className="text-sm text-slate-600">
          The plan lists no data assets. Add them to the plan with their RPO to see whether each is protected.
        </p>
      ) : (
        <Table caption="RPO state per data asset" head={["Data asset", "State", "RPO", "Judged by", "Last measure"]}>
          {assets.map((a) => (
            <tr key={a.id} data-asset={a.slug}>
              <Td>
                <span className="font-medium">{a.name}</span>
                <span className="block text-xs text-slate-600">{a.service.name}</span>
              </Td>
              <Td className="min-w-40">
                <Badge tone={RPO_STATE_TONE[a.rpo.state]}>{RPO_STATE_LABEL[a.rpo.state]}</Badge>
                <span className="mt-1 block text-xs text-slate-600">{a.rpo.reason}</span>
              </Td>
              <Td>{a.rpoMinutes === 0 ? "0 (continuous replication)" : formatMinutes(a.rpoMinutes)}</Td>
              <Td>{a.rpo.basis === "REPLICATION" ? "Replication lag" : "Newest verified backup"}</Td>
              <Td>
                {a.rpo.basis === "REPLICATION" ? (
                  a.replicationReportedAt ? (
                    <>
                      Reported <LocalTime value={a.replicationReportedAt} />
                    </>
                  ) : (
                    "never reported"
                  )
                ) : a.lastVerifiedAt ? (
                  <LocalTime value={a.lastVerifiedAt} />
                ) : (
                  "never verified"
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
