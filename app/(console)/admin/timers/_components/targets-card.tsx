import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { BREAKER_STATE_LABEL } from "@/lib/domain/breaker";
import type { TroubledTarget } from "@/lib/server/breakers/list-troubled";
import { PreciseTime } from "./precise-time";

/**
 * The SMTP server, webhook origins and push services that are failing. While a target's breaker
 * is open its deliveries wait instead of failing one by one; one probe at a time finds it back.
 */
export function TargetsCard({ targets }: { targets: TroubledTarget[] }) {
  return (
    <Card title="Delivery targets with failures" id="targets">
      {targets.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Every target (the SMTP server, webhook origins, push services) took its last send.
        </p>
      ) : (
        <Table
          caption="Delivery targets with failures"
          head={["Target", "State", "Failures in a row", "Next probe", "Waiting"]}
        >
          {targets.map((t) => {
            const state = BREAKER_STATE_LABEL[t.state];
            return (
              <tr key={t.target}>
                <Td className="break-all font-mono text-xs">{t.target}</Td>
                <Td>
                  <Badge tone={state.tone}>{state.label}</Badge>
                </Td>
                <Td>{t.failures}</Td>
                <Td className="whitespace-nowrap">
                  {t.state === "OPEN" && t.retryAt ? <PreciseTime value={t.retryAt} /> : "—"}
                </Td>
                <Td>{t.waiting}</Td>
              </tr>
            );
          })}
        </Table>
      )}
    </Card>
  );
}
