import { formatValue } from "@/components/charts/format";
import { Badge } from "@/components/ui/badge";
import { Table, Td } from "@/components/ui/table";
import { BURN_RULES } from "@/lib/domain/slo/vocabulary";
import type { SloStatus } from "@/lib/server/slo/list-status";

/** Each burn rule's rates now over its long and short window against the factor that fires it. */
export function BurnRulesTable({ status }: { status: SloStatus }) {
  return (
    <Table
      caption={`Burn rates of ${status.name} now`}
      head={["Rule", "Long window", "Short window", "Fires at", "State"]}
    >
      {BURN_RULES.map((rule) => {
        const v = status.verdicts.find((x) => x.rule === rule.key)!;
        return (
          <tr key={rule.key}>
            <Td>{rule.label}</Td>
            <Td className="tabular-nums whitespace-nowrap">
              {formatValue(v.burnLong, "factor")} <span className="text-xs text-slate-500">({rule.long})</span>
            </Td>
            <Td className="tabular-nums whitespace-nowrap">
              {formatValue(v.burnShort, "factor")} <span className="text-xs text-slate-500">({rule.short})</span>
            </Td>
            <Td className="tabular-nums">{formatValue(rule.factor, "factor")}</Td>
            <Td>
              <VerdictBadge verdict={v} />
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}

function VerdictBadge({ verdict }: { verdict: SloStatus["verdicts"][number] }) {
  if (verdict.firing) return <Badge tone="red">Burning</Badge>;
  if (verdict.lowTraffic) return <Badge tone="gray">Low traffic</Badge>;
  if (verdict.burnLong === null) return <Badge tone="gray">No data</Badge>;
  return <Badge tone="green">OK</Badge>;
}
