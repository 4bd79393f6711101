import type { Metadata } from "next";
import Link from "next/link";
import { DrillBadge, SeverityStatusCells } from "@/components/incidents/incident-badges";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ServerClock } from "@/components/live/server-clock";
import { Card, PageTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td } from "@/components/ui/table";
import { formatMinutes } from "@/lib/domain/duration";
import { isDomainError } from "@/lib/domain/errors";
import { componentChoices } from "@/lib/server/incidents/choices";
import { listIncidents, type IncidentListItem } from "@/lib/server/incidents/list";
import { requirePageCtx } from "@/lib/server/session";
import { Elapsed } from "@/components/live/elapsed";
import { IncidentFilters, type Filters } from "./_components/incident-filters";

export const metadata: Metadata = { title: "Incidents" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

function pageHref(filters: Filters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, cursor })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/incidents?${query}` : "/incidents";
}

export default async function IncidentsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx("incident:read");
  const params = await searchParams;
  const filters: Filters = {
    status: one(params.status),
    severity: one(params.severity),
    component: one(params.component),
    q: one(params.q),
  };
  const cursor = one(params.cursor);
  const components = await componentChoices(ctx);
  let page: { items: IncidentListItem[]; nextCursor: string | null } = { items: [], nextCursor: null };
  let problem: string | null = null;
  try {
    page = await listIncidents(ctx, { ...filters, componentId: filters.component, cursor });
  } catch (error) {
    if (!isDomainError(error) || error.code !== "VALIDATION") throw error;
    problem = Object.values(error.fieldErrors).flat().join(" ") || error.message;
  }
  const filtered = Object.values(filters).some(Boolean);
  return (
    <ServerClock serverNow={new Date().toISOString()}>
      <LiveRefresh since={ctx.now.toISOString()} />
      <PageTitle description="Active incidents first, then resolved ones, newest first.">Incidents</PageTitle>
      <div className="space-y-6">
        <Card title="Filter" id="incident-filters">
          <IncidentFilters filters={filters} components={components} />
        </Card>
        <Card title={filtered ? "Matching incidents" : "All incidents"} id="incident-list">
          {problem ? (
            <p role="alert" className="text-sm text-red-700">
              {problem}{" "}
              <Link href="/incidents" className="underline">
                Show all incidents
              </Link>
            </p>
          ) : page.items.length === 0 ? (
            <p className="text-sm text-slate-600">
              {filtered || cursor
                ? "No incidents match these filters."
                : "No incidents yet. When something breaks, press D or use “Declare incident”."}
            </p>
          ) : (
            <Table caption="Incidents" head={["#", "Title", "Severity", "Status", "Started", "Elapsed"]}>
              {page.items.map((i) => (
                <tr key={i.id} className={i.status === "RESOLVED" ? "text-slate-600" : undefined}>
                  <Td className="font-mono">{i.number}</Td>
                  <Td>
                    <Link
                      href={`/incidents/${i.number}`}
                      className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                    >
                      {i.title}
                    </Link>{" "}
                    <DrillBadge drill={i.drill} />
                  </Td>
                  <SeverityStatusCells severity={i.severity} status={i.status} />
                  <Td>
                    <LocalTime value={i.startedAt} />
                  </Td>
                  <Td>
                    {i.resolvedAt ? (
                      formatMinutes(Math.max(0, Math.round((i.resolvedAt.getTime() - i.startedAt.getTime()) / 60_000)))
                    ) : (
                      <Elapsed since={i.startedAt.toISOString()} label={`Incident ${i.number} elapsed`} />
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
          <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
            {cursor ? (
              <Link href={pageHref(filters)} className="text-indigo-700 underline">
                First page
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={pageHref(filters, page.nextCursor)} className="text-indigo-700 underline">
                Next page
              </Link>
            ) : null}
          </nav>
        </Card>
      </div>
    </ServerClock>
  );
}
