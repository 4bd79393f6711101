import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PanelBoundary } from "@/components/shell/error-notice";
import { Card, PageTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, Td } from "@/components/ui/table";
import { isDomainError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/roles";
import { ownerChoices } from "@/lib/server/action-items/choices";
import { listActionItems, type ActionItemRow } from "@/lib/server/action-items/list";
import type { Ctx } from "@/lib/server/context";
import { componentChoices } from "@/lib/server/incidents/choices";
import { requirePageCtx } from "@/lib/server/session";
import { ActionItemFilters, type Filters } from "./_components/filters";
import { DueText, LaterIncidents, PriorityBadge, StatusBadge, statusOf } from "./_components/item-bits";
import { StatusForm } from "./_components/status-form";
import { changeStatusFromListAction } from "./actions";

export const metadata: Metadata = { title: "Action items" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const many = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/** The postmortem an item follows from, or the DR test whose failed run it follows from. */
function SourceLink({ item }: { item: ActionItemRow }) {
  const className = "text-xs text-indigo-700 underline-offset-2 hover:underline";
  if (item.postmortem) {
    const incident = item.postmortem.incident;
    return (
      <Link href={`/postmortems/${item.postmortem.id}`} className={className}>
        Postmortem of #{incident.number} {incident.title}
      </Link>
    );
  }
  const run = item.drTestRun!;
  return (
    <Link href={`/dr/tests/${run.test.key}#run-${run.id}`} className={className}>
      DR test run of {run.test.name}
    </Link>
  );
}

function Row({ item, ctx, tracks }: { item: ActionItemRow; ctx: Ctx; tracks: boolean }) {
  return (
    <tr className={item.overdue ? "bg-red-50" : undefined}>
      <Td className="min-w-48">
        <p className="break-words font-medium">{item.title}</p>
        <SourceLink item={item} />
      </Td>
      <Td>{item.owner?.name ?? <span className="text-slate-600">No owner yet</span>}</Td>
      <Td className="whitespace-nowrap">
        <DueText item={item} now={ctx.now} />
      </Td>
      <Td>
        <PriorityBadge item={item} short />
      </Td>
      <Td className="min-w-56">
        {tracks ? (
          <StatusForm item={statusOf(item)} action={changeStatusFromListAction} />
        ) : (
          <StatusBadge item={item} />
        )}
        {item.status === "WONT_DO" && item.wontDoReason ? (
          <p className="mt-1 break-words text-xs text-slate-600">Why not: {item.wontDoReason}</p>
        ) : null}
      </Td>
      <Td className="min-w-48">
        <LaterIncidents item={item} />
      </Td>
    </tr>
  );
}

async function ActionItemList({ ctx, filters }: { ctx: Ctx; filters: Filters }) {
  let items: ActionItemRow[];
  try {
    items = await listActionItems(ctx, filters);
  } catch (error) {
    if (!isDomainError(error) || error.code !== "VALIDATION") throw error;
    return (
      <p role="alert" className="text-sm text-red-700">
        These filters are not valid: {Object.values(error.fieldErrors).flat().join(" ") || error.message}{" "}
        <Link href="/action-items" className="underline">
          Show all action items
        </Link>
      </p>
    );
  }
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600">
        {filters.ownerId || filters.componentId || filters.status.length || filters.overdue
          ? "No action items match these filters."
          : "No action items yet. They are added on each postmortem and by each failed DR test run."}
      </p>
    );
  const overdue = items.filter((i) => i.overdue).length;
  const tracks = can(ctx.actor.role, "postmortem:write");
  return (
    <>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {items.length} action item{items.length === 1 ? "" : "s"}
        {overdue ? `, ${overdue} overdue` : ""}.
      </p>
      <Table
        caption="Action items"
        head={["Action item", "Owner", "Due", "Priority", "Status", "Component and later incidents"]}
      >
        {items.map((item) => (
          <Row key={item.id} item={item} ctx={ctx} tracks={tracks} />
        ))}
      </Table>
    </>
  );
}

export default async function ActionItemsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePageCtx("incident:read");
  const params = await searchParams;
  const filters: Filters = {
    ownerId: one(params.ownerId),
    status: many(params.status),
    overdue: ["1", "on", "true"].includes(one(params.overdue) ?? ""),
    componentId: one(params.componentId),
  };
  const [owners, components] = await Promise.all([ownerChoices(ctx), componentChoices(ctx)]);
  return (
    <>
      <PageTitle description="What the postmortems and failed DR test runs said must change, across all of them: open ones first, soonest due first.">
        Action items
      </PageTitle>
      <div className="space-y-6">
        <Card title="Filter" id="action-item-filters">
          <ActionItemFilters filters={filters} owners={owners} components={components} />
        </Card>
        <Card title="Action items" id="action-item-list">
          <PanelBoundary what="The action items">
            {/* Keyed on the filters, so a new filter shows the loading state instead of the old rows. */}
            <Suspense key={JSON.stringify(filters)} fallback={<Skeleton label="Loading action items" rows={6} />}>
              <ActionItemList ctx={ctx} filters={filters} />
            </Suspense>
          </PanelBoundary>
        </Card>
      </div>
    </>
  );
}
