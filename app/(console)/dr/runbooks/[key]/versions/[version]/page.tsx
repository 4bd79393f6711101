import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { getRunbookVersion } from "@/lib/server/runbooks/read";
import { requirePageCtx } from "@/lib/server/session";
import { StepList } from "../../../_components/step-list";
import { orNotFound } from "../../load";

export const metadata: Metadata = { title: "Runbook version" };

// The sign and the word tell the kind of line, not the colour alone.
const LINE = {
  added: { sign: "+", word: "Added", className: "bg-emerald-50 text-emerald-900" },
  removed: { sign: "−", word: "Removed", className: "bg-red-50 text-red-900" },
  same: { sign: " ", word: "Unchanged", className: "text-slate-600" },
} as const;

export default async function RunbookVersionPage({ params }: { params: Promise<{ key: string; version: string }> }) {
  const ctx = await requirePageCtx("plan:read");
  const { key, version } = await params;
  if (!/^\d{1,6}$/.test(version)) notFound();
  const { runbook, saved, previousVersion, diff } = await orNotFound(getRunbookVersion(ctx, key, Number(version)));
  return (
    <>
      <PageTitle description={saved.note}>
        {saved.title}: version {saved.version}
      </PageTitle>
      <p className="mb-4 flex flex-wrap gap-x-4 text-sm text-slate-600">
        <Link className="text-indigo-700 underline" href={`/dr/runbooks/${runbook.key}`}>
          Back to the runbook
        </Link>
        <span>
          Saved <LocalTime value={saved.editedAt} /> by {saved.editedBy?.name ?? "—"}
        </span>
      </p>
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <Card title="Steps as saved" id="saved-steps">
          <StepList steps={saved.steps} label={`Steps of version ${saved.version}`} />
        </Card>
        <Card title={previousVersion ? `Changes from version ${previousVersion}` : "First version"} id="version-diff">
          <ul aria-label={`Changes in version ${saved.version}`} className="overflow-x-auto font-mono text-xs">
            {diff.map((line, i) => (
              <li key={i} className={`whitespace-pre-wrap break-words px-2 ${LINE[line.kind].className}`}>
                <span className="sr-only">{LINE[line.kind].word}: </span>
                <span aria-hidden="true">{LINE[line.kind].sign} </span>
                {line.text}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
