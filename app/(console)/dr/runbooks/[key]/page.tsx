import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/domain/roles";
import { getRunbook } from "@/lib/server/runbooks/read";
import { requirePageCtx } from "@/lib/server/session";
import { ExerciseNote } from "../_components/exercise-badge";
import { StepList } from "../_components/step-list";
import { orNotFound } from "./load";

export const metadata: Metadata = { title: "Runbook" };

type Props = { params: Promise<{ key: string }>; searchParams: Promise<{ saved?: string }> };

export default async function RunbookPage({ params, searchParams }: Props) {
  const ctx = await requirePageCtx("plan:read");
  const rb = await orNotFound(getRunbook(ctx, (await params).key));
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageTitle description={rb.description || undefined}>{rb.title}</PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-4 text-sm">
        <Link className="text-indigo-700 underline" href="/dr/runbooks">
          All runbooks
        </Link>
        {can(ctx.actor.role, "dr:manage") ? (
          <Link
            href={`/dr/runbooks/${rb.key}/edit`}
            className="inline-flex min-h-11 items-center rounded-md bg-indigo-600 px-3 py-2 font-semibold text-white hover:bg-indigo-500"
          >
            Edit runbook
          </Link>
        ) : null}
        {saved ? (
          <p role="status" className="text-emerald-700">
            Saved as version {rb.version}.
          </p>
        ) : null}
      </div>
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <Card title={`Steps (version ${rb.version})`} id="steps">
          <p className="mb-3 flex flex-wrap gap-x-3 text-sm text-slate-600">
            <span>Category: {rb.category}</span>
            <ExerciseNote exercise={rb.exercise} />
          </p>
          <StepList steps={rb.steps} label={`Steps of ${rb.title}`} />
        </Card>
        <Card title="Version history" id="versions">
          <Table caption={`Versions of ${rb.title}`} head={["Version", "Saved", "By", "What changed"]}>
            {rb.versions.map((v) => (
              <tr key={v.id}>
                <Td>
                  <Link className="text-indigo-700 underline" href={`/dr/runbooks/${rb.key}/versions/${v.version}`}>
                    Version {v.version}
                  </Link>
                </Td>
                <Td>
                  <LocalTime value={v.editedAt} />
                </Td>
                <Td>{v.editedBy?.name ?? "—"}</Td>
                <Td>{v.note}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
