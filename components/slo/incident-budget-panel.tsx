import Link from "next/link";
import { formatValue } from "@/components/charts/format";
import { Table, Td } from "@/components/ui/table";
import type { Ctx } from "@/lib/server/context";
import { readIncidentBudget } from "@/lib/server/slo/incident-budget";

/**
 * The error budget each SLO of the incident's services spent during it (shown on the incident and
 * on its postmortem): bad events during the incident as a share and as minutes of the window's budget.
 */
export async function IncidentBudgetPanel({ ctx, incidentId }: { ctx: Ctx; incidentId: string }) {
  const budgets = await readIncidentBudget(ctx, incidentId);
  const ongoing = budgets[0]?.ongoing ?? false;
  return (
    <section
      aria-labelledby="incident-budget-title"
      className="min-w-0 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="incident-budget-title" className="text-sm font-semibold text-slate-900">
        Error budget spent{ongoing ? " so far" : ""}
      </h2>
      {budgets.every((b) => b.during.total === 0) ? (
        <p className="text-sm text-slate-600">
          No samples during this incident for the service level objectives of its services.
        </p>
      ) : (
        <Table
          caption="Error budget each service level objective spent during the incident"
          head={["Objective", "Attainment during", "Bad events", "Budget spent"]}
        >
          {budgets.map((b) => (
            <tr key={b.slo.id}>
              <Td>
                <Link href={`/slo/${b.slo.slug}`} className="text-indigo-700 underline-offset-2 hover:underline">
                  {b.slo.name}
                </Link>
              </Td>
              <Td className="tabular-nums">{formatValue(b.attainment, "percent")}</Td>
              <Td className="tabular-nums whitespace-nowrap">
                {b.bad} of {b.during.total}
              </Td>
              <Td className="tabular-nums">
                <span data-testid={`incident-budget-${b.slo.slug}`}>{spentWords(b)}</span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function spentWords(b: Awaited<ReturnType<typeof readIncidentBudget>>[number]): string {
  if (b.during.total === 0) return "no samples";
  if (b.consumedFraction === null) return b.bad > 0 ? "breached (no budget)" : "none";
  return `${formatValue(b.consumedFraction * 100, "percent")} (${formatValue(b.consumedMinutes, "minutes")} of ${formatValue(b.totalMinutes, "minutes")})`;
}
