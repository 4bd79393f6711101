import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SeverityBadge } from "@/components/incidents/incident-badges";
import { PanelBoundary } from "@/components/shell/error-notice";
import { Badge } from "@/components/ui/badge";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { POSTMORTEM_STATUS } from "@/lib/domain/postmortem-status";
import { searchPostmortemsSchema } from "@/lib/domain/postmortem/write";
import type { Ctx } from "@/lib/server/context";
import { searchPostmortems, type PostmortemListRow } from "@/lib/server/postmortems/search";
import { requirePageCtx } from "@/lib/server/session";
import { PostmortemFilters, type PostmortemFilters as Filters } from "./_components/postmortem-filters";
import { Snippet } from "./_components/snippet";

export const metadata: Metadata = { title: "Postmortems" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

function Row({ row }: { row: PostmortemListRow }) {
  const status = POSTMORTEM_STATUS[row.status];
  return (
    <tr>
      <Td>
        <Link
          href={`/postmortems/${row.id}`}
          className="font-medium text-indigo-700 underline-offset-2 hover:underline"
        >
          #{row.incident.number} {row.incident.title}
        </Link>
        {row.snippet ? <Snippet parts={row.snippet} /> : null}
      </Td>
      <Td>
        <SeverityBadge severity={row.incident.severity} />
      </Td>
      <Td>
        <Badge tone={status.tone}>{status.label}</Badge>
      </Td>
      <Td>{row.author ?? "—"}</Td>
      <Td className={row.overdue ? "font-medium text-red-700" : undefined}>
        {row.dueAt ? <LocalTime value={row.dueAt} /> : "—"}
        {row.overdue ? " (overdue)" : null}
      </Td>
      <Td>{row.publishedAt ? <LocalTime value={row.publishedAt} /> : "Not yet"}</Td>
    </tr>
  );
}

async function Results({ ctx, filters }: { ctx: Ctx; filters: Filters }) {
  let rows: PostmortemListRow[];
  try {
    rows = await searchPostmortems(ctx, filters);
  } catch (error) {
    if (!isDomainError(error) || error.code !== "VALIDATION") throw error;
    return (
      <p role="alert" className="text-sm text-red-700">
        {Object.values(error.fieldErrors).flat().join(" ") || error.message}{" "}
        <Link href="/postmortems" className="underline">
          Show all postmortems
        </Link>
      </p>
    );
  }
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {filters.q || filters.status
          ? "No postmortem matches."
          : "No postmortems yet. Start one from a resolved incident's page."}
      </p>
    );
  return (
    <Table
      caption={filters.q ? "Postmortems matching the search, best match first" : "Postmortems, newest first"}
      head={["Incident", "Severity", "Status", "Author", "Due", "Published"]}
    >
      {rows.map((row) => (
        <Row key={row.id} row={row} />
      ))}
    </Table>
  );
}

export default async function PostmortemsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx("incident:read");
  const params = await searchParams;
  const filters: Filters = { q: one(params.q), status: one(params.status) };
  // A bad filter is named next to its field; the list waits until it is fixed.
  const errors: Record<string, string[]> = {};
  for (const issue of searchPostmortemsSchema.safeParse(filters).error?.issues ?? [])
    (errors[String(issue.path[0] ?? "q")] ??= []).push(issue.message);
  const valid = Object.keys(errors).length === 0;
  return (
    <>
      <PageTitle description="What we learned from each incident. Search finds words in any section and in the incident's title.">
        Postmortems
      </PageTitle>
      <div className="space-y-6">
        <Card title="Search" id="postmortem-search">
          <PostmortemFilters filters={filters} errors={errors} />
        </Card>
        <Card title={filters.q || filters.status ? "Matching postmortems" : "All postmortems"} id="postmortem-list">
          <PanelBoundary what="The postmortems">
            {valid ? (
              <Suspense key={`${filters.q}|${filters.status}`} fallback={<Skeleton label="Loading postmortems" />}>
                <Results ctx={ctx} filters={filters} />
              </Suspense>
            ) : (
              <p className="text-sm text-slate-600">Correct the search above to see results.</p>
            )}
          </PanelBoundary>
        </Card>
      </div>
    </>
  );
}
