import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { diffSummary, type FieldDiff } from "@/lib/domain/template-diff";
import { RestoreVersionForm } from "./restore-version-form";
import { VersionDiff } from "./version-diff";

export type VersionView = {
  version: number;
  current: boolean;
  restoredFrom: number | null;
  createdAt: Date;
  author: string;
  diffs: FieldDiff[];
};

type Props = { template: { id: string; key: string }; versions: VersionView[]; editable: boolean };

/** Every version, newest first; the newest opens with its changes shown. */
export function VersionList({ template, versions, editable }: Props) {
  return (
    <ol className="space-y-3" aria-label="Versions, newest first">
      {versions.map((v, i) => (
        <li key={v.version} className="rounded-md p-3 ring-1 ring-slate-200">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-sm font-semibold">Version {v.version}</h3>
            {v.current ? <Badge tone="indigo">current</Badge> : null}
            {v.restoredFrom ? <Badge>restored from version {v.restoredFrom}</Badge> : null}
          </div>
          <p className="mt-1 text-xs text-slate-600">
            {v.author} · <LocalTime value={v.createdAt} /> · {diffSummary(v.diffs)}
          </p>
          <details open={i === 0} className="mt-2">
            <summary className="cursor-pointer text-sm text-indigo-700">
              {v.version === 1 ? "Text of version 1" : `Changes from version ${v.version - 1}`}
            </summary>
            <div className="mt-2 space-y-3">
              {v.diffs.map((d) => (
                <VersionDiff key={d.field} diff={d} />
              ))}
            </div>
          </details>
          {editable && !v.current ? (
            <RestoreVersionForm templateId={template.id} templateKey={template.key} version={v.version} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
