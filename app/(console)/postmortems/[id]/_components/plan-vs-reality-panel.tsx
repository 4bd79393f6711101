import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { PLAN_ROW_KIND, VERDICT_TONE } from "@/lib/domain/postmortem/plan-vs-reality";
import { getPlanVsReality } from "@/lib/server/postmortems/get-plan-vs-reality";
import { requirePageCtx } from "@/lib/server/session";
import { PlanNoteForm } from "./plan-note-form";

/**
 * What the plan promised for this incident against what happened: recovery per component,
 * data per asset, each notification, each escalation step and each status update, with the
 * verdict in words and the author's comment per row. The table scrolls inside itself on phones.
 */
export async function PlanVsRealityPanel({ postmortemId, editable }: { postmortemId: string; editable: boolean }) {
  const ctx = await requirePageCtx("incident:read");
  const rows = await getPlanVsReality(ctx, postmortemId);
  return (
    <section
      aria-label="Plan vs. reality"
      className="min-w-0 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold">Plan vs. reality</h2>
      <p className="text-sm text-slate-600">Times are counted from when the impact started (see Key times).</p>
      <Table caption="Plan vs. reality" head={["What", "Plan", "Reality", "Verdict", "Comment"]}>
        {rows.map((row) => (
          <tr key={row.rowKey}>
            <th scope="row" className="px-3 py-2 text-left align-top font-medium">
              <span className="block text-xs font-normal text-slate-500">{PLAN_ROW_KIND[row.kind].label}</span>
              {row.subject}
            </th>
            <Td>{row.plan}</Td>
            <Td className="min-w-48">
              {row.reality}
              {row.at ? (
                <span className="block text-xs text-slate-500">
                  <LocalTime value={row.at} />
                </span>
              ) : null}
            </Td>
            <Td>
              <Badge tone={VERDICT_TONE[row.verdict]}>{row.verdictText}</Badge>
            </Td>
            {/* Positioned, so the visually hidden label and button text inside stay within the scrolling table. */}
            <Td className="relative min-w-64">
              {editable ? (
                <PlanNoteForm
                  postmortemId={postmortemId}
                  rowKey={row.rowKey}
                  subject={`${PLAN_ROW_KIND[row.kind].label}: ${row.subject}`}
                  comment={row.note?.comment ?? ""}
                />
              ) : row.note ? (
                <p className="break-words whitespace-pre-wrap">{row.note.comment}</p>
              ) : (
                <span className="text-slate-500">No comment</span>
              )}
              {row.note?.author ? <span className="block text-xs text-slate-500">By {row.note.author}</span> : null}
            </Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}
