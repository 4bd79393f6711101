import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatSpan } from "@/lib/domain/postmortem/key-times";
import { KEY_TIME } from "@/lib/domain/postmortem-status";
import { getKeyTimes } from "@/lib/server/postmortems/get-key-times";
import { requirePageCtx } from "@/lib/server/session";
import { KeyTimesClearButton, KeyTimesCorrectForm } from "./key-times-forms";

const when = (at: Date | null) =>
  at ? <LocalTime value={at} /> : <span className="text-slate-500">Not recorded</span>;

/**
 * The five key moments, each as recorded and as corrected (with the reason and who), and the
 * durations between them; a warning in words when the times are in an impossible order.
 */
export async function KeyTimesPanel({ postmortemId, editable }: { postmortemId: string; editable: boolean }) {
  const ctx = await requirePageCtx("incident:read");
  const { rows, durations, problems } = await getKeyTimes(ctx, postmortemId);
  return (
    <section
      aria-label="Key times"
      className="min-w-0 space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h2 className="text-lg font-semibold">Key times</h2>
      <Table caption="Key times: recorded and corrected" head={["Moment", "In force", "Recorded", "Correction"]}>
        {rows.map((r) => (
          <tr key={r.kind}>
            <th scope="row" className="px-3 py-2 text-left align-top font-medium">
              {KEY_TIME[r.kind].label}
            </th>
            <Td>
              {when(r.at)}
              <span className="block text-xs text-slate-500">{r.corrected ? "Corrected" : "As recorded"}</span>
            </Td>
            <Td>{when(r.derivedAt)}</Td>
            {/* Positioned, so the button's visually hidden text stays within the scrolling table. */}
            <Td className="relative min-w-48">
              {r.corrected ? (
                <>
                  <p className="break-words">{r.reason}</p>
                  <p className="text-xs text-slate-500">
                    {r.correctedBy ? `By ${r.correctedBy}` : "By someone no longer listed"}
                    {r.updatedAt ? (
                      <>
                        {", "}
                        <LocalTime value={r.updatedAt} />
                      </>
                    ) : null}
                  </p>
                  {editable ? <KeyTimesClearButton postmortemId={postmortemId} kind={r.kind} /> : null}
                </>
              ) : (
                <span className="text-slate-500">None</span>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {durations.map((d) => (
          <div key={d.key} className="rounded-md bg-slate-50 p-3">
            <dt className="text-slate-600">
              {d.label} <abbr title={d.label}>({d.key})</abbr>
            </dt>
            <dd className="text-base font-semibold text-slate-900">{d.ms === null ? "Not known" : formatSpan(d.ms)}</dd>
          </div>
        ))}
      </dl>
      {problems.length ? (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-300">
          <p className="font-semibold">These times are in an impossible order:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {editable ? <KeyTimesCorrectForm postmortemId={postmortemId} /> : null}
    </section>
  );
}
