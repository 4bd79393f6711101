import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import { BACKUP_POLICY_FIELDS } from "@/lib/domain/backup-policy-input";
import { PolicyForm } from "./policy-form";
import { VerificationForm } from "./verification-form";
import { VerificationHistory } from "./verification-history";

type Policy = {
  id: string;
  key: string;
  name: string;
  tier: string;
  scope: string[];
  lastVerifiedAt: Date | null;
  dataAsset: { slug: string; name: string } | null;
  verifications: { id: string; verifiedAt: Date; ok: boolean; source: string; note: string }[];
} & Record<(typeof BACKUP_POLICY_FIELDS)[number], string>;

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group border-t border-slate-100 pt-2">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-indigo-700">
        {summary}
      </summary>
      <div className="pt-2 pb-3">{children}</div>
    </details>
  );
}

/** One backup policy: what it promises, its history, and the forms its reader may use. */
export function PolicyCard({
  policy: p,
  assets,
  canEdit,
  canRecord,
  now,
}: {
  policy: Policy;
  assets: { slug: string; name: string }[];
  canEdit: boolean;
  canRecord: boolean;
  now: string;
}) {
  const facts = [
    ["Data asset", p.dataAsset?.name ?? "None tracked"],
    ["Location", p.location],
    ["Replication", p.replication],
    ["Frequency", p.frequency],
    ["Retention", p.retention],
    ["Encryption", p.encryption],
    ["Compression", p.compression],
    ["Integrity check", p.integrityCheck],
  ].filter(([, v]) => v);
  return (
    <article
      aria-labelledby={`policy-${p.key}`}
      className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <h3 id={`policy-${p.key}`} className="font-semibold text-slate-900">
        {p.name} <span className="text-sm font-normal text-slate-600">({p.tier})</span>
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
        {p.scope.length ? (
          <>
            <dt className="text-slate-600">Scope</dt>
            <dd className="break-words">{p.scope.join(", ")}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">Last verified</dt>
        <dd>{p.lastVerifiedAt ? <LocalTime value={p.lastVerifiedAt} /> : "never"}</dd>
      </dl>
      <div className="mt-3">
        {canRecord ? (
          <Disclosure summary={`Record a verification of ${p.name}`}>
            <VerificationForm policy={p.key} now={now} />
          </Disclosure>
        ) : null}
        <Disclosure summary={`History of ${p.name} (last ${p.verifications.length})`}>
          <VerificationHistory policy={p.name} rows={p.verifications} />
        </Disclosure>
        {canEdit ? (
          <Disclosure summary={`Edit ${p.name}`}>
            <PolicyForm
              assets={assets}
              current={{
                key: p.key,
                name: p.name,
                tier: p.tier,
                location: p.location,
                replication: p.replication,
                frequency: p.frequency,
                retention: p.retention,
                encryption: p.encryption,
                compression: p.compression,
                integrityCheck: p.integrityCheck,
                scope: p.scope.join("\n"),
                dataAsset: p.dataAsset?.slug ?? "",
              }}
            />
          </Disclosure>
        ) : null}
      </div>
    </article>
  );
}
