import type { Metadata } from "next";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { SCOPE_LABELS } from "@/lib/domain/subscriptions";
import { requirePageCtx } from "@/lib/server/session";
import { listSubscribers } from "@/lib/server/subscriptions/list";
import { RemoveButton } from "./_components/remove-button";

export const metadata: Metadata = { title: "Subscribers" };

function stateOf(s: { confirmedAt: Date | null; unsubscribedAt: Date | null }): { tone: Tone; label: string } {
  if (s.unsubscribedAt) return { tone: "gray", label: "Unsubscribed" };
  return s.confirmedAt ? { tone: "green", label: "Confirmed" } : { tone: "amber", label: "Pending" };
}

// GET /admin/subscribers — who gets status-page e-mail, with counts; admins may remove one.
export default async function SubscribersPage() {
  const ctx = await requirePageCtx("subscriber:manage");
  const { counts, rows } = await listSubscribers(ctx);
  return (
    <>
      <PageTitle description="People who asked for status-page updates by e-mail.">Subscribers</PageTitle>
      <div className="space-y-6">
        <dl className="grid grid-cols-3 gap-3 text-center" aria-label="Subscriber counts">
          {(
            [
              ["Confirmed", counts.confirmed],
              ["Pending", counts.pending],
              ["Unsubscribed", counts.unsubscribed],
            ] as const
          ).map(([label, n]) => (
            <div key={label} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold" data-testid={`count-${label.toLowerCase()}`}>
                {n}
              </dd>
            </div>
          ))}
        </dl>
        <Card title={`Latest ${rows.length}`} id="subscribers">
          <Table caption="Subscribers" head={["Address", "Gets", "State", "Since", ""]}>
            {rows.map((s) => {
              const state = stateOf(s);
              return (
                <tr key={s.id} data-subscriber={s.email}>
                  <Td className="break-all">{s.email}</Td>
                  <Td>
                    {SCOPE_LABELS[s.scope]}
                    {s.scope === "GROUP" && s.group ? `: ${s.group.name}` : null}
                    {s.scope === "COMPONENTS" ? ` (${s._count.components})` : null}
                  </Td>
                  <Td>
                    <Badge tone={state.tone}>{state.label}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap">
                    <LocalTime value={s.createdAt} />
                  </Td>
                  <Td>
                    <RemoveButton id={s.id} email={s.email} />
                  </Td>
                </tr>
              );
            })}
          </Table>
          {rows.length === 0 ? <p className="text-sm text-slate-600">Nobody has subscribed yet.</p> : null}
        </Card>
      </div>
    </>
  );
}
